// The input block's validation fields (docs/file-format.md#input-block): what each kind of answer accepts, with
// its limits, pattern, choices, entity (custom or sys.*) and date range.
import {
  SYSTEM_ENTITIES,
  type InputBlock,
  type InputValidation,
  type InputValidationKind,
} from '../../engine/model';
import { useProject } from '../state/project-store';
import { NumberField, SelectField } from './fields/SmallFields';
import { TextField } from './fields/TextField';

export const VALIDATION_KINDS: { value: InputValidationKind; label: string }[] = [
  { value: 'any', label: 'any text' },
  { value: 'number', label: 'a number' },
  { value: 'email', label: 'an e-mail address' },
  { value: 'phone', label: 'a phone number' },
  { value: 'date', label: 'a date' },
  { value: 'time', label: 'a time of day' },
  { value: 'url', label: 'a URL' },
  { value: 'location', label: 'a location (geocoded)' },
  { value: 'language', label: 'a language' },
  { value: 'entity', label: 'an entity (custom or system)' },
  { value: 'regex', label: 'text matching a pattern' },
  { value: 'choice', label: 'one of some choices' },
];

/** The validation a new kind starts with; an entity validation starts with the project's first entity. */
export function validationOf(kind: InputValidationKind, firstEntity?: string): InputValidation {
  if (kind === 'regex') return { kind, pattern: '.+' };
  if (kind === 'choice') return { kind, choices: ['yes', 'no'] };
  if (kind === 'entity') return { kind, entity: firstEntity ?? 'sys.number' };
  return { kind } as InputValidation;
}

type DateRange = 'any' | 'past' | 'future';
const DATE_RANGES: { value: DateRange; label: string }[] = [
  { value: 'any', label: 'any date' },
  { value: 'past', label: 'today or earlier' },
  { value: 'future', label: 'today or later' },
];

function EntityFields({
  v,
  setValidate,
}: {
  v: Extract<InputValidation, { kind: 'entity' }>;
  setValidate(v: InputValidation): string | undefined;
}) {
  const custom = useProject((s) => s.project.entities ?? []).map((e) => e.name);
  const names = [...custom, ...SYSTEM_ENTITIES];
  const options = names.includes(v.entity) ? names : [v.entity, ...names];
  return (
    <>
      <SelectField
        label="Entity (read from the whole sentence)"
        value={v.entity}
        options={options.map((n) => ({
          value: n,
          label: n.startsWith('sys.') || custom.includes(n) ? n : `${n} (unknown)`,
        }))}
        testId="field-validate-entity"
        onCommit={(entity) => {
          const { only, ...rest } = v;
          return setValidate(entity === 'sys.date' && only ? { ...rest, entity, only } : { ...rest, entity });
        }}
      />
      {v.entity === 'sys.date' && (
        <SelectField<DateRange>
          label="Accept"
          value={v.only ?? 'any'}
          options={DATE_RANGES}
          testId="field-validate-only"
          onCommit={(only) => {
            const { only: _, ...rest } = v;
            return setValidate(only === 'any' ? rest : { ...rest, only });
          }}
        />
      )}
      {custom.length === 0 && (
        <p className="muted small">
          The project has no entities of its own yet: add them in the Entities panel.
        </p>
      )}
    </>
  );
}

function RegexFields({
  v,
  setValidate,
}: {
  v: Extract<InputValidation, { kind: 'regex' }>;
  setValidate(v: InputValidation): string | undefined;
}) {
  return (
    <div className="field-row wrap">
      <TextField
        label="Pattern"
        value={v.pattern}
        validate={(p) => {
          try {
            new RegExp(p);
            return undefined;
          } catch (e) {
            return (e as Error).message;
          }
        }}
        onCommit={(pattern) => setValidate({ ...v, pattern })}
      />
      <TextField
        label="Flags"
        value={v.flags ?? ''}
        onCommit={(flags) => setValidate({ ...v, flags: flags || undefined })}
      />
    </div>
  );
}

/** The fields of the block's current validation kind. */
export function InputValidationFields({
  block,
  setValidate,
}: {
  block: InputBlock;
  setValidate(v: InputValidation): string | undefined;
}) {
  const v = block.validate;
  switch (v.kind) {
    case 'number':
      return (
        <div className="field-row wrap">
          <NumberField label="Min" value={v.min} onCommit={(min) => setValidate({ ...v, min })} />
          <NumberField label="Max" value={v.max} onCommit={(max) => setValidate({ ...v, max })} />
        </div>
      );
    case 'regex':
      return <RegexFields v={v} setValidate={setValidate} />;
    case 'choice':
      return (
        <TextField
          label="Choices (one per line)"
          multiline
          value={v.choices.join('\n')}
          onCommit={(t) =>
            setValidate({
              ...v,
              choices: t
                .split('\n')
                .map((c) => c.trim())
                .filter(Boolean),
            })
          }
        />
      );
    case 'entity':
      return <EntityFields v={v} setValidate={setValidate} />;
    case 'time':
      return <p className="muted small">Reads a time from the sentence (“at 3pm”) and stores it as HH:mm.</p>;
    case 'language':
      return (
        <p className="muted small">
          Reads a language name or code and stores its ISO 639-1 code (“Dutch” → nl).
        </p>
      );
    case 'url':
      return <p className="muted small">Reads a URL from the sentence and stores it as written.</p>;
    case 'location':
      return (
        <p className="muted small" data-testid="location-mocked-note">
          Live geocoding needs a maps API key, which Botloom does not hold: the simulator and tests answer
          from a built-in list of cities (a mocked answer with address, city, country and coordinates) and
          warn that it was mocked.
        </p>
      );
    default:
      return null;
  }
}
