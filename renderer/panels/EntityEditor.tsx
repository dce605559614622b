// One custom entity in the Entities panel (docs/file-format.md#entities): its name (the session variable it fills),
// description, and either its values with synonyms (a match entity) or its pattern and flags (a regex entity).
import type { Entity, Project } from '../../engine/model';
import { TextField } from '../inspector/fields/TextField';
import {
  addValue,
  deleteEntity,
  patternError,
  removeValue,
  renameEntity,
  setDescription,
  setPattern,
  setSynonyms,
  setValue,
  type EntityEdit,
} from './entity-edits';
import { X } from 'lucide-react';

export type ApplyEntityEdit = (edit: EntityEdit, label: string) => string | undefined;

function MatchValues({ entities, i, apply }: { entities: Entity[]; i: number; apply: ApplyEntityEdit }) {
  const e = entities[i]!;
  if (e.kind !== 'match') return null;
  return (
    <div className="entity-values">
      {e.values.map((v, k) => (
        <div className="entity-value" key={k} data-testid={`entity-value-${e.name}-${k}`}>
          <TextField
            label={`Value ${k + 1}`}
            value={v.value}
            testId={`entity-value-text-${e.name}-${k}`}
            onCommit={(text) => apply(setValue(entities, i, k, text), 'Edit entity value')}
          />
          <TextField
            label="Synonyms (comma-separated)"
            value={(v.synonyms ?? []).join(', ')}
            testId={`entity-synonyms-${e.name}-${k}`}
            onCommit={(text) => apply(setSynonyms(entities, i, k, text), 'Edit synonyms')}
          />
          <button
            className="link-button"
            aria-label={`Remove value ${v.value}`}
            onClick={() => apply(removeValue(entities, i, k), `Remove value ${v.value}`)}
          >
            Remove value
          </button>
        </div>
      ))}
      <button
        className="add-button"
        data-testid={`entity-add-value-${e.name}`}
        onClick={() => apply(addValue(entities, i), 'Add entity value')}
      >
        + Value
      </button>
    </div>
  );
}

function RegexFields({ entities, i, apply }: { entities: Entity[]; i: number; apply: ApplyEntityEdit }) {
  const e = entities[i]!;
  if (e.kind !== 'regex') return null;
  // A file can hold a pattern the panel would refuse: validation reports it, and so does the field.
  const stored = patternError(e.pattern, e.flags);
  return (
    <>
      <TextField
        label="Pattern (JavaScript regular expression; the whole match is stored)"
        value={e.pattern}
        testId={`entity-pattern-${e.name}`}
        validate={(p) => patternError(p, e.flags)}
        onCommit={(pattern) => apply(setPattern(entities, i, pattern), 'Edit entity pattern')}
      />
      {stored && (
        <p className="field-error" role="alert" data-testid={`entity-pattern-problem-${e.name}`}>
          {stored}
        </p>
      )}
      <TextField
        label="Flags (i, m, s, u)"
        value={e.flags ?? ''}
        testId={`entity-flags-${e.name}`}
        onCommit={(flags) => apply(setPattern(entities, i, e.pattern, flags), 'Edit entity flags')}
      />
    </>
  );
}

export function EntityEditor({ project, i, apply }: { project: Project; i: number; apply: ApplyEntityEdit }) {
  const entities = project.entities ?? [];
  const e = entities[i]!;
  return (
    <fieldset className="sub-item entity-editor" data-testid={`entity-${e.name}`}>
      <legend>
        {e.name} <span className="muted small">{e.kind === 'match' ? 'values' : 'regex'}</span>
        <button
          className="link-button"
          aria-label={`Delete entity ${e.name}`}
          onClick={() => apply(deleteEntity(entities, i), `Delete entity ${e.name}`)}
        >
          <X aria-hidden size={14} />
        </button>
      </legend>
      <TextField
        label="Name (also the variable it fills)"
        value={e.name}
        testId={`entity-name-${e.name}`}
        onCommit={(name) => apply(renameEntity(project, i, name), 'Rename entity')}
      />
      <TextField
        label="Description"
        value={e.description ?? ''}
        onCommit={(text) => apply(setDescription(entities, i, text), 'Edit entity description')}
      />
      <MatchValues entities={entities} i={i} apply={apply} />
      <RegexFields entities={entities} i={i} apply={apply} />
    </fieldset>
  );
}
