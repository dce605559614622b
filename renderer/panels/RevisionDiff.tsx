// What changed between two saved revisions (or a revision and the current document), as the host's
// change summary: blocks added, removed, changed (by name, with what changed in each) and renamed, then
// flows, variables, intents, tests, mocks and settings.
import { useBlockNames } from '../blocks/use-block-names';
import type { ChangeSummary } from '../host';
import { blockChangeText, detailsById, diffBlockTitles } from './change-text';

type NameList = Exclude<keyof ChangeSummary, 'text' | 'empty' | 'blocksRenamed' | 'blockDetails'>;

const ROWS: [label: string, key: NameList][] = [
  ['Blocks added', 'blocksAdded'],
  ['Blocks removed', 'blocksRemoved'],
  ['Flows added', 'flowsAdded'],
  ['Flows removed', 'flowsRemoved'],
  ['Flows changed', 'flowsChanged'],
  ['Variables added', 'variablesAdded'],
  ['Variables removed', 'variablesRemoved'],
  ['Variables changed', 'variablesChanged'],
  ['Intents added', 'intentsAdded'],
  ['Intents removed', 'intentsRemoved'],
  ['Intents changed', 'intentsChanged'],
  ['Tests added', 'testsAdded'],
  ['Tests removed', 'testsRemoved'],
  ['Tests changed', 'testsChanged'],
  ['Mocks added', 'mocksAdded'],
  ['Mocks removed', 'mocksRemoved'],
  ['Mocks changed', 'mocksChanged'],
  ['Settings changed', 'settingsChanged'],
];

export function RevisionDiff({ summary, from, to }: { summary: ChangeSummary; from: string; to: string }) {
  const names = useBlockNames();
  const title = diffBlockTitles(summary, names);
  const details = detailsById(summary);
  const renamed = summary.blocksRenamed.map((r) => `${r.from} → ${r.to}`);
  const text = (key: NameList) =>
    key === 'blocksAdded' || key === 'blocksRemoved' ? summary[key].map(title) : summary[key];
  return (
    <section
      className="revision-diff"
      data-testid="revision-diff"
      aria-label={`Changes from ${from} to ${to}`}
    >
      <h3>
        {from} → {to}
      </h3>
      {summary.empty ? (
        <p className="muted small">No differences.</p>
      ) : (
        <dl>
          {ROWS.slice(0, 2)
            .filter(([, key]) => summary[key].length > 0)
            .map(([label, key]) => (
              <div key={key} data-testid={`diff-${key}`}>
                <dt>{label}</dt>
                <dd>{text(key).join(', ')}</dd>
              </div>
            ))}
          {summary.blocksChanged.length > 0 && (
            <div data-testid="diff-blocksChanged">
              <dt>Blocks changed</dt>
              <dd>
                <ul className="diff-blocks">
                  {summary.blocksChanged.map((id) => (
                    <li key={id} title={id} data-testid={`diff-block-${id}`}>
                      <strong>{title(id)}</strong>: {blockChangeText(details.get(id), title)}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {ROWS.slice(2)
            .filter(([, key]) => summary[key].length > 0)
            .map(([label, key]) => (
              <div key={key} data-testid={`diff-${key}`}>
                <dt>{label}</dt>
                <dd>{text(key).join(', ')}</dd>
              </div>
            ))}
          {renamed.length > 0 && (
            <div data-testid="diff-blocksRenamed">
              <dt>Blocks renamed</dt>
              <dd>{renamed.join(', ')}</dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
