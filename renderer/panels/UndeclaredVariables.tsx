// The Variables panel's list of variables the project uses but does not declare (engine/validate's
// undeclared-list.ts): each with the blocks that use it and whether one sets it, a button to declare one,
// and one to declare them all as one undo step.
import { useMemo } from 'react';
import { undeclaredVariables } from '../../engine/validate/undeclared-list';
import { useBlockNames } from '../blocks/use-block-names';
import { useCommit } from '../inspector/use-commit';
import { useProject, useProjectStore } from '../state/project-store';

const SHOWN_BLOCKS = 3;

export function UndeclaredVariables() {
  const project = useProject((s) => s.project);
  const undeclared = useMemo(() => undeclaredVariables(project), [project]);
  const names = useBlockNames();
  const store = useProjectStore();
  const commit = useCommit();
  if (undeclared.length === 0) return null;
  const declare = (list: string[], label: string) =>
    commit(
      list.map((name) => ({ type: 'setVariable' as const, variable: { name } })),
      label,
    );
  return (
    <section className="sub-item undeclared-variables" data-testid="undeclared-variables">
      <h4>Used but not declared ({undeclared.length})</h4>
      <p className="muted small">
        Declaring a variable lets you describe it, give it a default and mark it sensitive.
      </p>
      <ul>
        {undeclared.map((v) => (
          <li key={v.name} data-testid="undeclared-variable" data-name={v.name}>
            <code>{v.name}</code>{' '}
            <span className="muted small">
              {v.set ? 'set' : 'read, never set,'} in{' '}
              {v.blocks.slice(0, SHOWN_BLOCKS).map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => store.getState().focusBlock(id)}
                    title={`Show ${names.titleWithId(id)} on the canvas`}
                  >
                    {names.title(id)}
                  </button>
                </span>
              ))}
              {v.blocks.length > SHOWN_BLOCKS && ` and ${v.blocks.length - SHOWN_BLOCKS} more`}
            </span>{' '}
            <button
              type="button"
              className="link"
              onClick={() => declare([v.name], `Declare ${v.name}`)}
              aria-label={`Declare ${v.name}`}
            >
              Declare
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="add-button"
        data-testid="declare-all-variables"
        onClick={() =>
          declare(
            undeclared.map((v) => v.name),
            `Declare ${undeclared.length} variable${undeclared.length === 1 ? '' : 's'}`,
          )
        }
      >
        Declare {undeclared.length === 1 ? 'it' : `all ${undeclared.length}`}
      </button>
    </section>
  );
}
