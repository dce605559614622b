// What the Chatlayer panel shows for the open project: the secret store's answer, the last status check,
// export preview and result, conformance run, pull and NLP check, each with its busy flag and error. A
// zustand store of its own: none of it is part of the document, so none of it is undoable.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  ChatlayerExportPreview,
  ChatlayerExportResult,
  ChatlayerStatus,
  ConformanceRun,
  NlpCheckReport,
  PulledTests,
  SecretsStatus,
} from '../host';

/** One call's state: under way, its last answer, or its error sentence. */
export interface Task<T> {
  busy: boolean;
  value: T | null;
  error: string | null;
}

export const idle = <T>(): Task<T> => ({ busy: false, value: null, error: null });

export interface ConformanceInputs {
  webhookPort: number;
  verifyToken: string;
  settleMs: number;
  replyTimeoutMs: number;
  grep: string;
}

/** The knowledge answers kept as mocks: new questions, older answers replaced, answers kept already. */
export interface KnowledgeKept {
  added: number;
  replaced: number;
  unchanged: number;
}

export interface ChatlayerPanelState {
  secrets: Task<SecretsStatus>;
  status: Task<ChatlayerStatus>;
  preview: Task<ChatlayerExportPreview>;
  exported: Task<ChatlayerExportResult>;
  conformance: Task<ConformanceRun>;
  conformanceInputs: ConformanceInputs;
  pulled: Task<PulledTests>;
  /** How many pulled tests were added to the project (null until added). */
  pulledAdded: number | null;
  /** What keeping the conformance run's knowledge answers as mocks did (null until kept). */
  knowledgeKept: KnowledgeKept | null;
  nlp: Task<NlpCheckReport>;
  /** Progress of the long call under way (conformance, pull or NLP check). */
  progress: { done: number; total: number | null } | null;
}

export type ChatlayerStore = StoreApi<ChatlayerPanelState>;

export function createChatlayerStore(): ChatlayerStore {
  return createStore<ChatlayerPanelState>()(() => ({
    secrets: idle(),
    status: idle(),
    preview: idle(),
    exported: idle(),
    conformance: idle(),
    conformanceInputs: {
      webhookPort: 8787,
      verifyToken: '',
      settleMs: 800,
      replyTimeoutMs: 10_000,
      grep: '',
    },
    pulled: idle(),
    pulledAdded: null,
    knowledgeKept: null,
    nlp: idle(),
    progress: null,
  }));
}
