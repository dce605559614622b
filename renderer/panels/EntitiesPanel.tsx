// Entities (docs/file-format.md#entities): the project's match and regex entities (each gesture one undoable
// updateSettings step), the entity threshold, the system entities with what each stores, and a sentence tester.
import { useState } from 'react';
import { DEFAULT_ENTITY_THRESHOLD, SYSTEM_ENTITIES } from '../../engine/model';
import { NumberField } from '../inspector/fields/SmallFields';
import { useCommit } from '../inspector/use-commit';
import { useProject } from '../state/project-store';
import { EntityEditor, type ApplyEntityEdit } from './EntityEditor';
import { EntityTester } from './EntityTester';
import { addEntity, withEntityThreshold } from './entity-edits';
import { SYSTEM_ENTITY_INFO } from './system-entities';

function SystemEntities() {
  return (
    <details className="sub-item" data-testid="system-entities">
      <summary>System entities ({SYSTEM_ENTITIES.length}, built in, read-only)</summary>
      <dl className="system-entities">
        {SYSTEM_ENTITIES.map((name) => {
          const info = SYSTEM_ENTITY_INFO[name];
          return (
            <div key={name}>
              <dt>
                <code>{name}</code>
              </dt>
              <dd>
                {info.stores}
                {info.companions && <span className="muted"> (also {info.companions})</span>}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="muted small">
        Companion variable names are Botloom&apos;s: Chatlayer does not document them. Sentences are read in
        English, Dutch and French.
      </p>
    </details>
  );
}

function EntityThreshold() {
  const nlp = useProject((s) => s.project.nlp);
  const commit = useCommit();
  return (
    <>
      <NumberField
        label="Entity threshold (0–1)"
        value={nlp?.entityThreshold}
        min={0}
        max={1}
        placeholder={String(DEFAULT_ENTITY_THRESHOLD)}
        testId="entity-threshold"
        onCommit={(t) =>
          commit(
            [{ type: 'updateSettings', patch: { nlp: withEntityThreshold(nlp, t) } }],
            'Set entity threshold',
          )
        }
      />
      <p className="muted small">
        Applies to match entities only: a single word of 4+ letters close to a one-word value or synonym (a
        typo such as “Londn”) is recognised when its similarity is at or above the threshold. Exact values and
        synonyms always count; regex and system entities are not scored. 1 turns the fuzzy match off.
      </p>
    </>
  );
}

export function EntitiesPanel() {
  const project = useProject((s) => s.project);
  const entities = project.entities ?? [];
  const commit = useCommit();
  const [error, setError] = useState<string>();
  const apply: ApplyEntityEdit = (edit, label) => {
    const refused = typeof edit === 'string' ? edit : edit.length ? commit(edit, label) : undefined;
    setError(refused);
    return refused;
  };
  return (
    <div className="panel-list" data-testid="entities-panel">
      <p className="muted small">
        Every typed message is read for entities before intents. A recognised entity fills the session
        variable of its name, so an input block storing into that variable is skipped (unless it asks always).
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {entities.map((_, i) => (
        <EntityEditor key={i} project={project} i={i} apply={apply} />
      ))}
      <div className="row">
        <button
          className="add-button"
          data-testid="entity-add-match"
          onClick={() => apply(addEntity(entities, 'match'), 'Add entity')}
        >
          + Values entity
        </button>
        <button
          className="add-button"
          data-testid="entity-add-regex"
          onClick={() => apply(addEntity(entities, 'regex'), 'Add regex entity')}
        >
          + Regex entity
        </button>
      </div>
      <EntityThreshold />
      <EntityTester />
      <SystemEntities />
    </div>
  );
}
