// Selectors over the project store shared by the canvas, the minimap and the canvas actions.
import type { Flow } from '../../../engine/model';
import type { ProjectState } from './types';

/** The flow shown on the canvas: the active one, or the first flow when the active id is gone. */
export function selectActiveFlow(state: Pick<ProjectState, 'project' | 'activeFlow'>): Flow {
  return state.project.flows.find((f) => f.id === state.activeFlow) ?? state.project.flows[0]!;
}

/** The secondary language texts are shown in, or null for the primary one (a removed language counts as none). */
export function selectViewLanguage(state: Pick<ProjectState, 'project' | 'viewLanguage'>): string | null {
  const language = state.viewLanguage;
  return language !== null && (state.project.secondaryLanguages ?? []).includes(language) ? language : null;
}
