// The canvas in a secondary language (docs/architecture.md#view-language-and-the-translations-table): each
// block copied with its texts in that language, a missing one as MISSING_MARK + the primary text (the node
// greys it out). Structure, ids and positions are the block's own, so everything but the summary lines reads
// the same. Cached per block object and language, so an edit rebuilds only the blocks it touched.
import {
  blockTextUnits,
  ownerAt,
  textIn,
  translationStatus,
  withOwnerAt,
  type Block,
  type Flow,
  type TextOwner,
} from '../../engine/model';

/** Starts a summary line whose text is missing in the view language; the rest is the primary text. */
export const MISSING_MARK = '\u2060missing\u2060';

const blockCache = new WeakMap<Block, Map<string, Block>>();
const flowCache = new WeakMap<Flow, Map<string, Flow>>();

/** The block with its texts in `language` (missing ones marked); the block itself for the primary language. */
export function localizedBlock(block: Block, language: string, primary: string): Block {
  if (language === primary) return block;
  const key = `${language}|${primary}`;
  let byLanguage = blockCache.get(block);
  const cached = byLanguage?.get(key);
  if (cached) return cached;
  let out = block;
  for (const unit of blockTextUnits(block)) {
    if (unit.index !== undefined) continue;
    const owner = ownerAt(out, unit.owner);
    if (!owner) continue;
    const status = translationStatus(owner, unit.field, language, primary);
    if (status === 'none') continue;
    const own = (owner as Record<string, unknown>)[unit.field];
    const value =
      status === 'missing' ? `${MISSING_MARK}${String(own)}` : textIn(owner, unit.field, language, primary);
    const next: Record<string, unknown> = { ...owner, [unit.field]: value };
    if (unit.field === 'text' && 'variants' in owner) {
      const variants = status === 'missing' ? [] : textIn(owner, 'variants', language, primary);
      if (Array.isArray(variants) && variants.length > 0) next.variants = variants;
      else delete next.variants;
    }
    out = withOwnerAt(out, unit.owner, next as TextOwner);
  }
  if (!byLanguage) blockCache.set(block, (byLanguage = new Map()));
  byLanguage.set(key, out);
  return out;
}

/** The flow with every block localized (the same object for the primary language). */
export function localizedFlow(flow: Flow, language: string, primary: string): Flow {
  if (language === primary) return flow;
  const key = `${language}|${primary}`;
  let byLanguage = flowCache.get(flow);
  const cached = byLanguage?.get(key);
  if (cached) return cached;
  const out = { ...flow, blocks: flow.blocks.map((b) => localizedBlock(b, language, primary)) };
  if (!byLanguage) flowCache.set(flow, (byLanguage = new Map()));
  byLanguage.set(key, out);
  return out;
}
