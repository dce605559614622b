// The open project's block names (block-names.ts), re-read when its flows change.
import { useProject } from '../state/project-store';
import { projectBlockNames, type BlockNames } from './block-names';

export function useBlockNames(): BlockNames {
  return projectBlockNames(useProject((s) => s.project));
}
