// Completion lists the inspector's inputs share: blocks (targets: the name, the id as secondary text)
// and variable names.
import { useMemo } from 'react';
import { useBlockNames } from '../blocks/use-block-names';
import { useProject } from '../state/project-store';
import { knownVariables } from './known-variables';

export function ProjectDatalists() {
  const project = useProject((s) => s.project);
  const names = useBlockNames();
  const variables = useMemo(() => knownVariables(project), [project]);
  return (
    <>
      <datalist id="block-ids">
        {names
          .options()
          .slice(0, 2000)
          .map((o) => (
            <option key={o.id} value={o.value} label={o.value === o.id ? o.name : o.id} />
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
