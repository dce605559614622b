// The export for Chatlayer's importer (docs/chatlayer.md#export-for-import): first what it changes since the previous export (the
// import overwrites the bot's DRAFT with no way back), which blocks get new ids and what Chatlayer will do
// differently; then the export to a path, kept beside the project and marked in its history.
import { useEffect, useId, useState } from 'react';
import type { ExportChange } from '../host';
import { useChatlayer, useChatlayerState } from './ChatlayerContext';
import { ExportWarnings } from './ExportWarnings';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const NOUNS: Record<ExportChange['kind'], string> = {
  blocks: 'Blocks',
  flows: 'Flows',
  variables: 'Variables',
  intents: 'Intents',
  tests: 'Tests',
  mocks: 'Mocks',
  settings: 'Settings',
};

export function ExportSection() {
  const chatlayer = useChatlayer();
  const preview = useChatlayerState((s) => s.preview);
  const exported = useChatlayerState((s) => s.exported);
  const [target, setTarget] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    void chatlayer.preview();
  }, [chatlayer]);
  const p = preview.value;
  const path = target ?? p?.defaultTarget ?? '';
  const newIds = p ? Object.keys(p.newIds) : [];

  return (
    <div className="panel-list" data-testid="chatlayer-export">
      <p className="chatlayer-warning" role="note">
        Importing the exported file into Chatlayer (its Import/Export page){' '}
        <strong>overwrites the bot&apos;s DRAFT</strong>, with no way back. Check what changed below first;
        every export is kept
        {p ? ` in ${p.historyFolder}` : ' beside the project'}. The file&apos;s layout is Botloom&apos;s own:
        Chatlayer publishes none, and it has not yet been checked against a real Chatlayer export.
      </p>
      <div className="row">
        <button
          type="button"
          disabled={preview.busy}
          onClick={() => void chatlayer.preview()}
          data-testid="chatlayer-preview"
        >
          {preview.busy ? 'Previewing…' : 'Refresh preview'}
        </button>
      </div>
      {preview.error && (
        <p className="field-error" role="alert" data-testid="chatlayer-preview-error">
          {preview.error}
        </p>
      )}
      {p && (
        <div className="chatlayer-preview" data-testid="chatlayer-preview-result" data-kind={p.changes.kind}>
          <p data-testid="chatlayer-changes-sentence">{p.changes.sentence}</p>
          {p.changes.changes.length > 0 && (
            <ul className="chatlayer-changes" data-testid="chatlayer-changes">
              {p.changes.changes.map((c) => (
                <li key={`${c.kind}-${c.verb}`} className={`change-${c.verb}`}>
                  <strong>
                    {NOUNS[c.kind]} {c.verb}:
                  </strong>{' '}
                  {c.names.join(', ')}
                </li>
              ))}
            </ul>
          )}
          <p className="muted small">
            {[
              count(p.counts.flows, 'flow'),
              count(p.counts.blocks, 'block'),
              count(p.counts.intents, 'intent'),
              count(p.counts.variables, 'variable'),
            ].join(', ')}
            .{' '}
            {newIds.length > 0
              ? `${count(newIds.length, 'block')} get${newIds.length === 1 ? 's' : ''} a new Chatlayer id (${newIds.slice(0, 8).join(', ')}${newIds.length > 8 ? ', …' : ''}), saved into the project on export.`
              : 'Every block keeps its Chatlayer id.'}
          </p>
          <ExportWarnings warnings={p.warnings} />
          <details>
            <summary className="small">The bot JSON</summary>
            <pre className="chatlayer-json">{p.text}</pre>
          </details>
        </div>
      )}
      <div className="field">
        <label htmlFor={id}>Write the export to</label>
        <div className="row">
          <input
            id={id}
            value={path}
            onChange={(e) => setTarget(e.target.value)}
            data-testid="chatlayer-export-target"
          />
          <button
            type="button"
            className="primary"
            disabled={!p || !path.trim() || exported.busy}
            onClick={() => void chatlayer.exportTo(path.trim())}
            data-testid="chatlayer-export-run"
          >
            {exported.busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </div>
      {exported.error && (
        <p className="field-error" role="alert" data-testid="chatlayer-export-error">
          {exported.error}
        </p>
      )}
      {exported.value && !exported.error && (
        <p className="small" data-testid="chatlayer-export-done">
          Written to {exported.value.written}; kept as {exported.value.kept}. {exported.value.checkpoint}
        </p>
      )}
    </div>
  );
}
