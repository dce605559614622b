// A project being edited: applies record ops copy-on-write (untouched flows and blocks keep their
// identity) and records them, so that a command's result and its diff can never disagree.
import type { Block, Flow, Project } from '../model';
import { deepEqual } from './deep-equal';
import { recordKey, type DiffOp, type ListKind, type RecordKind, type SettingKey } from './diff-op';
import { editError, type EditError } from './edit-error';

export interface BlockPlace {
  block: Block;
  flow: Flow;
  flowIndex: number;
  index: number;
}

type ListItem<K extends ListKind> = Project[K][number];

export class ProjectDraft {
  #project: Project;
  readonly #owned = new WeakSet<object>();
  readonly ops: DiffOp[] = [];

  constructor(base: Project) {
    this.#project = base;
  }

  get project(): Project {
    return this.#project;
  }

  // ---- reading the current state ----

  flowIndex(id: string): number {
    return this.#project.flows.findIndex((f) => f.id === id);
  }

  findBlock(id: string): BlockPlace | undefined {
    const flows = this.#project.flows;
    for (let fi = 0; fi < flows.length; fi++) {
      const blocks = flows[fi]!.blocks;
      for (let i = 0; i < blocks.length; i++)
        if (blocks[i]!.id === id) return { block: blocks[i]!, flow: flows[fi]!, flowIndex: fi, index: i };
    }
    return undefined;
  }

  /** The places of many blocks in one pass over the project (stops once all are found). */
  findBlocks(ids: Iterable<string>): Map<string, BlockPlace> {
    const wanted = new Set(ids);
    const found = new Map<string, BlockPlace>();
    const flows = this.#project.flows;
    for (let fi = 0; fi < flows.length && found.size < wanted.size; fi++) {
      const blocks = flows[fi]!.blocks;
      for (let i = 0; i < blocks.length; i++) {
        const block = blocks[i]!;
        if (wanted.has(block.id) && !found.has(block.id))
          found.set(block.id, { block, flow: flows[fi]!, flowIndex: fi, index: i });
      }
    }
    return found;
  }

  hasBlock(id: string): boolean {
    return this.findBlock(id) !== undefined;
  }

  // ---- record-level writes (each records one op) ----

  setSetting(key: SettingKey, value: unknown): void {
    const before = this.#project[key];
    if (deepEqual(before, value)) return;
    const op: Record<string, unknown> = { op: value === undefined ? 'remove' : 'put', kind: 'settings', key };
    if (before !== undefined) op.before = before;
    if (value !== undefined) op.after = value;
    this.#must(op as DiffOp);
  }

  insertFlow(index: number, id: string, name: string): void {
    this.#must({ op: 'put', kind: 'flows', key: id, after: { index, id, name } });
  }

  updateFlow(id: string, change: { index?: number; id?: string; name?: string }): void {
    const index = this.flowIndex(id);
    const flow = this.#project.flows[index]!;
    const before = { index, id: flow.id, name: flow.name };
    const after = { index: change.index ?? index, id: change.id ?? flow.id, name: change.name ?? flow.name };
    if (!deepEqual(before, after)) this.#must({ op: 'put', kind: 'flows', key: after.id, before, after });
  }

  removeFlow(id: string): void {
    const index = this.flowIndex(id);
    const flow = this.#project.flows[index]!;
    this.#must({ op: 'remove', kind: 'flows', key: id, before: { index, id, name: flow.name } });
  }

  insertBlock(flow: string, index: number, block: Block): void {
    this.#must({ op: 'put', kind: 'blocks', key: block.id, after: { flow, index, block } });
  }

  /** Replaces the block with id `id` (the new block may carry another id), optionally moving it. */
  replaceBlock(
    id: string,
    block: Block,
    to?: { flow: string; index: number },
    place = this.findBlock(id),
  ): void {
    const at = place!;
    if (at.block === block && !to) return;
    const before = { flow: at.flow.id, index: at.index, block: at.block };
    const after = { flow: to?.flow ?? at.flow.id, index: to?.index ?? at.index, block };
    if (!deepEqual(before, after)) this.#must({ op: 'put', kind: 'blocks', key: block.id, before, after });
  }

  removeBlock(id: string, place = this.findBlock(id)): void {
    const at = place!;
    this.#must({
      op: 'remove',
      kind: 'blocks',
      key: id,
      before: { flow: at.flow.id, index: at.index, block: at.block },
    });
  }

  insertItem<K extends ListKind>(kind: K, index: number, value: ListItem<K>): void {
    const after = { index, value };
    this.#must({ op: 'put', kind, key: recordKey(kind, after), after } as DiffOp);
  }

  replaceItem<K extends ListKind>(kind: K, index: number, value: ListItem<K>): void {
    const current = this.#project[kind][index] as ListItem<K>;
    if (current === value || deepEqual(current, value)) return;
    const after = { index, value };
    this.#must({
      op: 'put',
      kind,
      key: recordKey(kind, after),
      before: { index, value: current },
      after,
    } as DiffOp);
  }

  /** Moves (and possibly changes) the item at `from` to `to`, counted after its removal. */
  moveItem<K extends ListKind>(kind: K, from: number, to: number, value: ListItem<K>): void {
    const current = this.#project[kind][from] as ListItem<K>;
    if (from === to) return this.replaceItem(kind, from, value);
    const after = { index: to, value };
    this.#must({
      op: 'put',
      kind,
      key: recordKey(kind, after),
      before: { index: from, value: current },
      after,
    } as DiffOp);
  }

  removeItem(kind: ListKind, index: number): void {
    const before = { index, value: this.#project[kind][index] };
    this.#must({ op: 'remove', kind, key: recordKey(kind, before), before } as DiffOp);
  }

  // ---- applying ops ----

  /** Applies one op if its `before` matches the current project; records it. */
  apply(op: DiffOp): EditError | undefined {
    const error = this.#applyOp(op);
    if (!error) this.ops.push(op);
    return error;
  }

  #must(op: DiffOp): void {
    const error = this.apply(op);
    if (error) throw new Error(`edit: internal op failed: ${error.message}`);
  }

  #applyOp(op: DiffOp): EditError | undefined {
    switch (op.kind) {
      case 'settings':
        return this.#applySetting(op.key, op.before, op.after, op.op);
      case 'flows':
        return this.#applyFlow(op);
      case 'blocks':
        return this.#applyBlock(op);
      default:
        return this.#applyItem(op.kind, op.key, op.before, op.after);
    }
  }

  #conflict(kind: RecordKind, key: string, what: string): EditError {
    return editError('diff-conflict', `${kind} "${key}": ${what}`, [kind, key]);
  }

  #applySetting(key: string, before: unknown, after: unknown, op: 'put' | 'remove'): EditError | undefined {
    const k = key as SettingKey;
    if (!(
      k === 'name' ||
      k === 'language' ||
      k === 'startBlock' ||
      k === 'fallbackBlock' ||
      k === 'errorBlock' ||
      k === 'nlp' ||
      k === 'settings' ||
      k === 'chatlayer' ||
      k === 'notes' ||
      k === 'frames'
    ))
      return this.#conflict('settings', key, 'not a setting');
    if (!deepEqual(this.#project[k], before))
      return this.#conflict('settings', key, 'the current value differs from the diff');
    const p = this.#mutableProject() as Record<string, unknown>;
    if (op === 'remove' || after === undefined) delete p[k];
    else p[k] = after;
    return undefined;
  }

  #applyFlow(op: Extract<DiffOp, { kind: 'flows' }>): EditError | undefined {
    const flows = this.#project.flows;
    let moving: Flow | undefined;
    if (op.before) {
      const b = op.before;
      const at = flows[b.index]?.id === b.id ? b.index : flows.findIndex((f) => f.id === b.id);
      if (at < 0 || flows[at]!.name !== b.name)
        return this.#conflict('flows', op.key, 'no such flow in the project');
      if (!op.after && flows[at]!.blocks.length > 0)
        return this.#conflict('flows', op.key, 'a flow is removed only once empty');
      moving = flows[at];
      const list = this.#mutableFlows();
      list.splice(at, 1);
    }
    if (op.after) {
      const a = op.after;
      const list = this.#mutableFlows();
      if (a.index > list.length) return this.#conflict('flows', op.key, `index ${a.index} is past the end`);
      const flow: Flow = moving
        ? { ...moving, id: a.id, name: a.name }
        : { id: a.id, name: a.name, blocks: [] };
      if (moving) {
        this.#owned.add(flow);
        if (this.#owned.has(moving)) this.#owned.add(flow.blocks);
      }
      list.splice(a.index, 0, flow);
    }
    return undefined;
  }

  #applyBlock(op: Extract<DiffOp, { kind: 'blocks' }>): EditError | undefined {
    const { before, after } = op;
    if (before) {
      const fi = this.flowIndex(before.flow);
      const blocks = this.#project.flows[fi]?.blocks;
      if (!blocks) return this.#conflict('blocks', op.key, `no flow "${before.flow}"`);
      const at =
        blocks[before.index]?.id === before.block.id
          ? before.index
          : blocks.findIndex((b) => b.id === before.block.id);
      if (at < 0 || !deepEqual(blocks[at], before.block))
        return this.#conflict('blocks', op.key, 'the block in the project differs from the diff');
      if (after && after.flow === before.flow && after.index === at) {
        this.#mutableFlow(fi).blocks[at] = after.block;
        return undefined;
      }
      this.#mutableFlow(fi).blocks.splice(at, 1);
    }
    if (after) {
      const fi = this.flowIndex(after.flow);
      if (fi < 0) return this.#conflict('blocks', op.key, `no flow "${after.flow}"`);
      const blocks = this.#mutableFlow(fi).blocks;
      if (after.index > blocks.length)
        return this.#conflict('blocks', op.key, `index ${after.index} is past the end`);
      blocks.splice(after.index, 0, after.block);
    }
    return undefined;
  }

  #applyItem(
    kind: ListKind,
    key: string,
    before?: { index: number; value: unknown },
    after?: { index: number; value: unknown },
  ): EditError | undefined {
    const list = this.#project[kind] as unknown[];
    if (before) {
      const at = deepEqual(list[before.index], before.value)
        ? before.index
        : list.findIndex((v) => deepEqual(v, before.value));
      if (at < 0) return this.#conflict(kind, key, 'the record in the project differs from the diff');
      if (after && after.index === at) {
        this.#mutableList(kind)[at] = after.value;
        return undefined;
      }
      this.#mutableList(kind).splice(at, 1);
    }
    if (after) {
      const items = this.#mutableList(kind);
      if (after.index > items.length)
        return this.#conflict(kind, key, `index ${after.index} is past the end`);
      items.splice(after.index, 0, after.value);
    }
    return undefined;
  }

  // ---- copy-on-write ----

  #mutableProject(): Project {
    if (!this.#owned.has(this.#project)) {
      this.#project = { ...this.#project };
      this.#owned.add(this.#project);
    }
    return this.#project;
  }

  #mutableFlows(): Flow[] {
    const p = this.#mutableProject();
    if (!this.#owned.has(p.flows)) {
      p.flows = [...p.flows];
      this.#owned.add(p.flows);
    }
    return p.flows;
  }

  #mutableFlow(index: number): Flow {
    const flows = this.#mutableFlows();
    const flow = flows[index]!;
    if (this.#owned.has(flow) && this.#owned.has(flow.blocks)) return flow;
    const copy = { ...flow, blocks: [...flow.blocks] };
    this.#owned.add(copy);
    this.#owned.add(copy.blocks);
    flows[index] = copy;
    return copy;
  }

  #mutableList(kind: ListKind): unknown[] {
    const p = this.#mutableProject() as Record<string, unknown>;
    const list = p[kind] as unknown[];
    if (this.#owned.has(list)) return list;
    const copy = [...list];
    this.#owned.add(copy);
    p[kind] = copy;
    return copy;
  }
}
