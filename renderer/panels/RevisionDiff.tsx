// What changed between two saved revisions (or a revision and the current document), as the host's
// change summary: blocks added, removed, changed and renamed, then flows, variables, intents, tests,
// mocks and settings.
import type { ChangeSummary } from '../host';

type NameList = Exclude<keyof ChangeSummary, 'text' | 'empty' | 'blocksRenamed'>;

const ROWS: [label: string, key: NameList][] = [
  ['Blocks added', 'blocksAdded'],
  ['Blocks removed', 'blocksRemoved'],
  ['Blocks changed', 'blocksChanged'],
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
  const renamed = summary.blocksRenamed.map((r) => `${r.from} → ${r.to}`);
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
          {ROWS.filter(([, key]) => summary[key].length > 0).map(([label, key]) => (
            <div key={key} data-testid={`diff-${key}`}>
              <dt>{label}</dt>
              <dd>{summary[key].join(', ')}</dd>
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
