// What every rule needs, computed once per validation: each block with its flow and JSON path, and
// the blocks by id (the first of duplicates wins, as the engine's index does).
import { blockReferences, type Block, type BlockReference, type Flow, type Project } from '../model';
import { formatJsonPath } from '../format';
import { compareDiagnostics, type Diagnostic, type DiagnosticCode, type Severity } from './diagnostic';

export interface BlockSite {
  block: Block;
  flow: Flow;
  flowIndex: number;
  blockIndex: number;
  /** Position among all blocks of the project, in document order. */
  index: number;
  /** ['flows', flowIndex, 'blocks', blockIndex]. */
  segments: (string | number)[];
}

export class ValidationContext {
  readonly sites: BlockSite[] = [];
  readonly byId = new Map<string, BlockSite>();
  readonly diagnostics: Diagnostic[] = [];
  /** Document position of each diagnostic: project settings first, then blocks, then intents and tests. */
  readonly #order = new Map<Diagnostic, number>();
  readonly #references = new Map<BlockSite, BlockReference[]>();

  constructor(readonly project: Project) {
    project.flows.forEach((flow, flowIndex) =>
      flow.blocks.forEach((block, blockIndex) => {
        const site = {
          block,
          flow,
          flowIndex,
          blockIndex,
          index: this.sites.length,
          segments: ['flows', flowIndex, 'blocks', blockIndex],
        };
        this.sites.push(site);
        if (!this.byId.has(block.id)) this.byId.set(block.id, site);
      }),
    );
  }

  /** The block's outgoing references (computed once, shared by the rules). */
  references(site: BlockSite): BlockReference[] {
    let refs = this.#references.get(site);
    if (!refs) {
      refs = blockReferences(site.block);
      this.#references.set(site, refs);
    }
    return refs;
  }

  /** Reports a problem at `path` (segments below the block when `site` is given). */
  report(
    code: DiagnosticCode,
    severity: Severity,
    message: string,
    at: { site?: BlockSite; path?: (string | number)[]; line?: number; column?: number } = {},
  ): void {
    const segments = [...(at.site?.segments ?? []), ...(at.path ?? [])];
    const location: Diagnostic['location'] = { path: formatJsonPath(segments) };
    if (at.site) {
      location.flowId = at.site.flow.id;
      location.blockId = at.site.block.id;
    }
    if (at.line !== undefined) location.line = at.line;
    if (at.column !== undefined) location.column = at.column;
    const diagnostic = { code, severity, message, location };
    this.diagnostics.push(diagnostic);
    const first = segments[0];
    this.#order.set(
      diagnostic,
      at.site ? at.site.index : first === 'intents' || first === 'tests' || first === 'mocks' ? Infinity : -1,
    );
  }

  /** The diagnostics by severity, then in document order (stable for the same position). */
  sorted(): Diagnostic[] {
    return [...this.diagnostics].sort(
      (a, b) => compareDiagnostics(a, b) || this.#order.get(a)! - this.#order.get(b)! || 0,
    );
  }
}

export type ValidationRule = (context: ValidationContext) => void;
