// The inspector in a secondary view language (the title bar's switcher): one field per text of the block in
// that language, the primary text greyed under it and a missing one marked. Each committed field is one
// setTranslation command. Structure (kinds, targets, conditions) is edited in the primary language.
import {
  blockTextUnits,
  ownerAt,
  textIn,
  translationStatus,
  type Block,
  type TextUnit,
} from '../../engine/model';
import { TextField } from './fields/TextField';
import { useCommit } from './use-commit';

const asText = (v: unknown) => (typeof v === 'string' ? v : '');

function unitLabel(unit: TextUnit): string {
  const message = unit.owner[1];
  const where = typeof message === 'number' ? ` (message ${message + 1})` : '';
  const n = typeof unit.index === 'number' ? ` ${unit.index + 1}` : '';
  return `${unit.component[0]!.toUpperCase()}${unit.component.slice(1)}${n}${where}`;
}

export function TranslatedTexts({
  block,
  language,
  primary,
}: {
  block: Block;
  language: string;
  primary: string;
}) {
  const commit = useCommit();
  const units = blockTextUnits(block);
  return (
    <section className="translated-texts" data-testid="translated-texts" data-language={language}>
      <p className="muted small">
        Texts in <strong>{language}</strong>. Structure and primary texts are edited in {primary} (title bar).
      </p>
      {units.map((unit) => {
        const owner = ownerAt(block, unit.owner);
        if (!owner) return null;
        const status = translationStatus(owner, unit.field, language, primary, unit.index);
        const own = asText(textIn(owner, unit.field, primary, primary, unit.index));
        return (
          <div key={unit.key} className={`translated-text status-${status}`}>
            <TextField
              label={`${unitLabel(unit)}${status === 'missing' ? ' — missing' : status === 'stale' ? ' — may be stale' : ''}`}
              value={asText(textIn(owner, unit.field, language, primary, unit.index))}
              placeholder={own}
              multiline={unit.field === 'text'}
              testId={`translation-${unit.key}`}
              onCommit={(value) =>
                commit(
                  [
                    {
                      type: 'setTranslation',
                      block: block.id,
                      owner: unit.owner,
                      field: unit.field,
                      ...(unit.index === undefined ? {} : { index: unit.index }),
                      language,
                      value: value === '' ? null : value,
                    },
                  ],
                  `Translate ${block.name ?? block.id} (${language})`,
                )
              }
            />
            <p className="translation-primary small" title={`The ${primary} text`}>
              {status === 'missing' && <span className="translation-missing">missing</span>} {primary}: {own}
            </p>
          </div>
        );
      })}
    </section>
  );
}
