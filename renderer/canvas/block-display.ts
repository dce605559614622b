// What a block node shows at a glance (title, a few summary lines, one port per outgoing reference slot),
// derived once per block object: node `data` holds only this, never the block itself.
import {
  blockReferences,
  type Block,
  type BlockType,
  type Condition,
  type Message,
} from '../../engine/model';
import { handleIdOf } from './handle-ids';

export interface BlockPort {
  /** React Flow handle id: 'else', 'onError', 'onFail' or a JSON path joined with dots. */
  handleId: string;
  kind: 'button' | 'rule' | 'else' | 'onError' | 'onFail';
  label: string;
  target?: string;
}

export interface BlockDisplay {
  id: string;
  type: BlockType;
  title: string;
  lines: string[];
  ports: BlockPort[];
  /** Whether the block can continue along `next` (a handle at the bottom). */
  hasNext: boolean;
  next?: string;
}

const MAX_LINES = 3;
const clip = (text: string, n = 48) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

function messageLine(m: Message): string {
  switch (m.kind) {
    case 'text':
      return m.text;
    case 'buttons':
    case 'quickReplies':
      return m.text;
    case 'image':
      return `🖼 ${m.alt ?? m.url}`;
    case 'carousel':
      return `▭ carousel, ${m.cards.length} card${m.cards.length === 1 ? '' : 's'}`;
  }
}

export function conditionLabel(c: Condition): string {
  if ('all' in c) return c.all.map(conditionLabel).join(' and ') || 'always';
  if ('any' in c) return c.any.map(conditionLabel).join(' or ') || 'never';
  if ('not' in c) return `not (${conditionLabel(c.not)})`;
  return c.value === undefined ? `${c.var} ${c.op}` : `${c.var} ${c.op} ${JSON.stringify(c.value)}`;
}

function summary(block: Block): string[] {
  switch (block.type) {
    case 'message':
      return block.messages.map(messageLine);
    case 'input':
      return [...block.prompt.map(messageLine), `→ {${block.variable}} (${block.validate.kind})`];
    case 'goto':
      return block.rules.length === 0 ? ['jump'] : [];
    case 'api':
      return [`${block.method} ${block.url}`, ...(block.saveAs ? [`→ {${block.saveAs}}`] : [])];
    case 'code':
      return block.code.split('\n').filter((l) => l.trim() !== '');
  }
}

const OPTIONAL_PORTS: Record<BlockType, BlockPort['kind'][]> = {
  message: [],
  input: ['onFail'],
  goto: ['else'],
  api: ['onError'],
  code: ['onError'],
};

function ports(block: Block): BlockPort[] {
  const refs = blockReferences(block);
  const out: BlockPort[] = [];
  for (const ref of refs) {
    if (ref.kind === 'button')
      out.push({
        handleId: handleIdOf(ref.path),
        kind: 'button',
        label: ref.label ?? 'button',
        target: ref.target,
      });
    if (ref.kind === 'rule' && block.type === 'goto') {
      const rule = block.rules[ref.path[1] as number];
      out.push({
        handleId: handleIdOf(ref.path),
        kind: 'rule',
        label: rule ? conditionLabel(rule.when) : 'rule',
        target: ref.target,
      });
    }
  }
  for (const kind of OPTIONAL_PORTS[block.type]) {
    const ref = refs.find((r) => r.kind === kind);
    out.push({
      handleId: kind,
      kind,
      label: kind === 'else' ? 'else' : kind === 'onError' ? 'on error' : 'on fail',
      target: ref?.target,
    });
  }
  return out;
}

const cache = new WeakMap<Block, BlockDisplay>();

export function blockDisplay(block: Block): BlockDisplay {
  let display = cache.get(block);
  if (!display) {
    const lines = summary(block)
      .slice(0, MAX_LINES)
      .map((l) => clip(l));
    display = {
      id: block.id,
      type: block.type,
      title: block.name || block.id,
      lines,
      ports: ports(block),
      hasNext: block.type !== 'goto',
      next: 'next' in block ? block.next : undefined,
    };
    cache.set(block, display);
  }
  return display;
}
