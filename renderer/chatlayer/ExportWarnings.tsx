// The export preview's warnings (docs/chatlayer-export.md#warnings): what Chatlayer will not do as the
// simulator does, each with its block (name and id) and field, what Chatlayer does and how to fix it.
import type { ChatlayerExportPreview } from '../host';

type ExportWarning = ChatlayerExportPreview['warnings'][number];

function Place({ warning }: { warning: ExportWarning }) {
  if (warning.blockId === null) return null;
  const block = warning.blockName !== null ? `${warning.blockName} (${warning.blockId})` : warning.blockId;
  return (
    <>
      Block <strong>{block}</strong>
      {warning.field !== null ? (
        <>
          {' '}
          <code>{warning.field}</code>:{' '}
        </>
      ) : (
        ' '
      )}
    </>
  );
}

export function ExportWarnings({ warnings }: { warnings: ExportWarning[] }) {
  if (!warnings.length) return null;
  return (
    <ul className="chatlayer-warnings small" data-testid="chatlayer-export-warnings">
      {warnings.map((w, i) => (
        <li
          key={i}
          data-testid="chatlayer-export-warning"
          {...(w.blockId !== null ? { 'data-block': w.blockId } : {})}
          {...(w.field !== null ? { 'data-field': w.field } : {})}
        >
          <Place warning={w} />
          {w.message}
        </li>
      ))}
    </ul>
  );
}
