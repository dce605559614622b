// The Translations benchmark's project: `count` message blocks (the canvas grid's shape: a text and two buttons,
// so three texts each) in flows of 1,000, with English as the primary language and nl and fr translated,
// leaving some texts missing (nl one in 10, fr one in 4) and some stale (nl one in 50: translated from an older
// primary text), so the status filters and the missing / stale marks have work.
import {
  blockTextUnits,
  ownerAt,
  withOwnerAt,
  withTranslation,
  type Block,
  type Flow,
  type Project,
  type TextOwner,
} from '../../engine/model';
import { BLOCK_GRIDS } from '../../test/builders/kind-grids';

export const SECONDARY = ['nl', 'fr'] as const;
const FLOW_SIZE = 1000;

type Plan = { missing: (u: number) => boolean; stale: (u: number) => boolean };
const PLAN: Record<(typeof SECONDARY)[number], Plan> = {
  nl: { missing: (u) => u % 10 === 3, stale: (u) => u % 50 === 7 },
  fr: { missing: (u) => u % 4 === 1, stale: () => false },
};

/** The owner translated into `language`; stale: as if translated before the primary text changed. */
function translate(owner: TextOwner, field: string, language: string, stale: boolean): TextOwner {
  const primary = (owner as Record<string, unknown>)[field];
  if (typeof primary !== 'string') return owner;
  const value = `[${language}] ${primary}`;
  if (!stale) return withTranslation(owner, field, language, value);
  const older = withTranslation({ ...owner, [field]: `${primary} (old)` }, field, language, value);
  return { ...older, [field]: primary };
}

function translatedBlock(block: Block, firstUnit: number): { block: Block; units: number } {
  let b = block;
  const units = blockTextUnits(block);
  units.forEach((unit, k) => {
    const u = firstUnit + k;
    for (const language of SECONDARY) {
      const plan = PLAN[language];
      if (plan.missing(u)) continue;
      const owner = ownerAt(b, unit.owner);
      if (owner) b = withOwnerAt(b, unit.owner, translate(owner, unit.field, language, plan.stale(u)));
    }
  });
  return { block: b, units: units.length };
}

export function translatedProject(count: number): Project {
  const flows: Flow[] = [];
  let unit = 0;
  for (let start = 0; start < count; start += FLOW_SIZE) {
    const end = Math.min(count, start + FLOW_SIZE);
    const blocks: Block[] = [];
    for (let i = start; i < end; i++) {
      const grid = BLOCK_GRIDS.message({
        i,
        id: `b${i}`,
        position: { x: ((i - start) % 50) * 320, y: Math.floor((i - start) / 50) * 280 },
        next: i + 1 < end ? `b${i + 1}` : undefined,
        other: `b${start + ((i - start + 50) % (end - start))}`,
      });
      const t = translatedBlock({ ...grid, name: `Step ${i}` }, unit);
      unit += t.units;
      blocks.push(t.block);
    }
    flows.push({ id: `flow${flows.length + 1}`, name: `Flow ${flows.length + 1}`, blocks });
  }
  return {
    format: 'botloom/1',
    name: `Translations ${count}`,
    language: 'en',
    secondaryLanguages: [...SECONDARY],
    startBlock: 'b0',
    variables: [],
    intents: [],
    flows,
    tests: [],
    mocks: [],
  };
}
