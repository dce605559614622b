// Confirms deleting a flow: how many blocks go with it and which references from elsewhere (other flows'
// blocks, the project's settings, intents, tests) would point nowhere; one deleteFlow, one undo step.
import { useMemo } from 'react';
import { referencesIntoFlow, type ReferenceSite } from '../../engine/edit';
import type { Project } from '../../engine/model';
import { projectBlockNames, type BlockNames } from '../blocks/block-names';
import { useAppStore } from '../state/app-store';
import type { StoreApi } from 'zustand/vanilla';
import { useProjectStore, type EditorStore, type ProjectState } from '../state/project-store';

const SETTING_WORDS: Record<string, string> = {
  startBlock: "the project's start block",
  fallbackBlock: 'the Not understood block',
  errorBlock: 'the Error occurred block',
};

/** One broken reference as a designer reads it: where it is held, then the block it names. */
export function brokenReferenceText(project: Project, names: BlockNames, site: ReferenceSite): string {
  const to = names.titleWithId(site.target);
  const [kind, key, ...rest] = site.path;
  if (kind === 'blocks') {
    const flow = project.flows.find((f) => f.blocks.some((b) => b.id === key));
    return `block ${names.titleWithId(String(key))} in flow ${flow?.name ?? '?'} (${rest.join('.')}) → ${to}`;
  }
  if (kind === 'settings') return `${SETTING_WORDS[String(key)] ?? `the ${String(key)} setting`} → ${to}`;
  if (kind === 'intents') return `intent ${String(key)} → ${to}`;
  if (kind === 'tests') return `test "${project.tests[Number(key)]?.name ?? key}" → ${to}`;
  return `${site.path.join('.')} → ${to}`;
}

/** Deletes the flow and its blocks as one step; the active flow moves to a neighbour when it was this one. */
export function deleteFlow(store: StoreApi<ProjectState> | EditorStore, flowId: string) {
  const state = store.getState();
  const index = state.project.flows.findIndex((f) => f.id === flowId);
  const flow = state.project.flows[index];
  if (!flow) return { ok: true as const, reports: [] };
  const neighbour = state.project.flows[index + 1] ?? state.project.flows[index - 1];
  const result = state.apply(
    [{ type: 'deleteFlow', id: flowId, deleteBlocks: true }],
    `Delete flow ${flow.name}`,
  );
  if (result.ok && state.activeFlow === flowId && neighbour) store.getState().setActiveFlow(neighbour.id);
  return result;
}

export function DeleteFlowDialog({ flowId, onClose }: { flowId: string; onClose: () => void }) {
  const store = useProjectStore();
  const setError = useAppStore((s) => s.setError);
  const { flow, broken } = useMemo(() => {
    const project = store.getState().project;
    const names = projectBlockNames(project);
    return {
      flow: project.flows.find((f) => f.id === flowId),
      broken: referencesIntoFlow(project, flowId).map((site) => brokenReferenceText(project, names, site)),
    };
  }, [store, flowId]);
  if (!flow) return null;
  const count = flow.blocks.length;
  const run = () => {
    const r = deleteFlow(store, flowId);
    if (!r.ok) setError(r.error.message);
    onClose();
  };
  return (
    <div
      className="overlay"
      role="dialog"
      aria-modal
      aria-label={`Delete flow ${flow.name}`}
      data-testid="delete-flow-dialog"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="overlay-card">
        <h3>Delete flow “{flow.name}”?</h3>
        <p data-testid="delete-flow-count">
          {count === 0
            ? 'The flow is empty.'
            : `Its ${count} block${count === 1 ? '' : 's'} will be deleted with it.`}{' '}
          Undo brings everything back.
        </p>
        {broken.length > 0 && (
          <>
            <p>
              {broken.length === 1 ? 'This reference' : `These ${broken.length} references`} from outside the
              flow will point to a block that no longer exists (Problems lists them until you re-point them):
            </p>
            <ul className="dangling-list" data-testid="delete-flow-references">
              {broken.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </>
        )}
        <div className="row">
          <button className="danger" autoFocus onClick={run} data-testid="confirm-delete-flow">
            Delete flow
          </button>
          <button onClick={onClose}>Cancel</button>
        </div>
      </div>
    </div>
  );
}
