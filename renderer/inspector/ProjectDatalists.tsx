// Completion lists the inspector's inputs share: block ids (targets) and variable names.
import { useMemo } from 'react';
import { useProject } from '../state/project-store';
import { knownVariables } from './known-variables';

export function ProjectDatalists() {
  const project = useProject((s) => s.project);
  const ids = useProject((s) => s.flowOfBlock);
  const variables = useMemo(() => knownVariables(project), [project]);
  return (
    <>
      <datalist id="block-ids">
        {[...ids.keys()].slice(0, 2000).map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      <datalist id="variable-names" data-testid="variable-names">
        {variables.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
    </>
  );
}
