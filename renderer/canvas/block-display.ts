// What a block node shows at a glance (title, a few summary lines, one port per outgoing reference slot),
// derived once per block object from the kind's model facts and BLOCK_UI: node `data` holds only this.
import { BLOCK_KINDS, blockSlots, type Block, type BlockType } from '../../engine/model';
import { blockUi } from '../blocks/block-ui';
import { handleIdOf } from './handle-ids';

export interface BlockPort {
  /** React Flow handle id: 'else', 'onError', 'onFail', 'noAnswer' or a JSON path joined with dots. */
  handleId: string;
  kind: 'button' | 'rule' | 'else' | 'onError' | 'onFail' | 'noAnswer';
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
  /** Its NLP link in a few characters (`#yes ?confirm +dessert·1`) and in words; none without intent or contexts. */
  nlp?: { short: string; long: string };
}

const MAX_LINES = 3;
const clip = (text: string, n = 48) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

const SLOT_LABELS = { else: 'else', onError: 'on error', onFail: 'on fail', noAnswer: 'no answer' } as const;

/** A port per button and rule (connected or not), then one per optional exit slot of the kind (set or not). */
function ports(block: Block): BlockPort[] {
  const ui = blockUi(block.type);
  const refs = blockSlots(block);
  const out: BlockPort[] = [];
  for (const ref of refs)
    if (ref.kind === 'button' || ref.kind === 'rule')
      out.push({
        handleId: handleIdOf(ref.path),
        kind: ref.kind,
        label: ui.portLabel?.(block, ref) ?? ref.label ?? ref.kind,
        target: ref.target,
      });
  for (const kind of BLOCK_KINDS[block.type].optionalSlots) {
    if (kind === 'next') continue;
    const ref = refs.find((r) => r.kind === kind);
    out.push({ handleId: kind, kind, label: SLOT_LABELS[kind], target: ref?.target });
  }
  return out;
}

function nlpBadge(block: Block): BlockDisplay['nlp'] {
  const input = (block.contexts?.input ?? []).filter((n) => n !== '');
  const output = (block.contexts?.output ?? []).filter((o) => o.name !== '');
  if (!block.intent && !input.length && !output.length) return undefined;
  const short = [
    ...(block.intent ? [`#${block.intent}`] : []),
    ...input.map((n) => `?${n}`),
    ...output.map((o) => `+${o.name}·${o.lifespan}`),
  ].join(' ');
  const long = [
    block.intent && `Intent ${block.intent} leads here.`,
    input.length > 0 && `Requires the contexts ${input.join(', ')}.`,
    output.length > 0 &&
      `Sets ${output.map((o) => `${o.name} for ${o.lifespan} user turn${o.lifespan === 1 ? '' : 's'}`).join(', ')}.`,
  ]
    .filter(Boolean)
    .join(' ');
  return { short, long };
}

const cache = new WeakMap<Block, BlockDisplay>();

export function blockDisplay(block: Block): BlockDisplay {
  let display = cache.get(block);
  if (!display) {
    const lines = blockUi(block.type)
      .summary(block)
      .slice(0, MAX_LINES)
      .map((l) => clip(l));
    display = {
      id: block.id,
      type: block.type,
      title: block.name || block.id,
      lines,
      ports: ports(block),
      hasNext: BLOCK_KINDS[block.type].optionalSlots.includes('next'),
      next: 'next' in block ? block.next : undefined,
      nlp: nlpBadge(block),
    };
    cache.set(block, display);
  }
  return display;
}
