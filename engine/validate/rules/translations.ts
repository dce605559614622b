// Multi-language projects (docs/file-format.md#languages): a text without a translation is a warning per block and
// language; a translation made from an older primary text "may be stale"; intents need examples in every language;
// translations and tests may only name the project's languages.
import {
  blockTextUnits,
  intentExamples,
  ownerAt,
  projectLanguages,
  translationStatus,
  type TextUnit,
} from '../../model';
import type { BlockSite, ValidationContext, ValidationRule } from '../validation-context';

const list = (units: TextUnit[]) => {
  const keys = units.map((u) => u.key);
  return keys.length > 3 ? `${keys.slice(0, 3).join(', ')} and ${keys.length - 3} more` : keys.join(', ');
};

function checkBlock(ctx: ValidationContext, site: BlockSite, primary: string, secondary: string[]): void {
  const units = blockTextUnits(site.block);
  if (units.length === 0) return;
  const unknown = new Set<string>();
  for (const unit of units)
    for (const language of Object.keys(ownerAt(site.block, unit.owner)?.translations ?? {}))
      if (!secondary.includes(language)) unknown.add(language);
  if (unknown.size > 0)
    ctx.report(
      'unknown-language',
      'warning',
      `block "${site.block.id}" has translations into ${[...unknown].map((l) => `"${l}"`).join(', ')}, not a secondary language of the project: add the language again or remove them (they are kept, never sent or exported).`,
      { site },
    );
  for (const language of secondary) {
    const missing: TextUnit[] = [];
    const stale: TextUnit[] = [];
    for (const unit of units) {
      const owner = ownerAt(site.block, unit.owner);
      if (!owner) continue;
      const status = translationStatus(owner, unit.field, language, primary, unit.index);
      if (status === 'missing' && unit.index === undefined) missing.push(unit);
      if (status === 'stale') stale.push(unit);
    }
    if (missing.length > 0)
      ctx.report(
        'translation-missing',
        'warning',
        `block "${site.block.id}" has ${missing.length} text${missing.length === 1 ? '' : 's'} without a "${language}" translation (${list(missing)}): the bot sends the ${primary} text there. Translate ${missing.length === 1 ? 'it' : 'them'} in the Translations view or a CSV import.`,
        { site, path: missing[0]!.owner },
      );
    if (stale.length > 0)
      ctx.report(
        'translation-stale',
        'warning',
        `block "${site.block.id}": the "${language}" translation of ${list(stale)} may be stale: the ${primary} text changed after it was translated. Check the translation and save it again.`,
        { site, path: stale[0]!.owner },
      );
  }
}

export const translationRules: ValidationRule = (ctx) => {
  const { primary, secondary, all } = projectLanguages(ctx.project);
  for (const site of ctx.sites) checkBlock(ctx, site, primary, secondary);
  ctx.project.intents.forEach((intent, i) => {
    for (const language of secondary)
      if (intentExamples(intent, language, primary).length === 0)
        ctx.report(
          'translation-missing',
          'warning',
          `intent "${intent.id}" has no "${language}" examples: in ${language}, the ${primary} model recognises it. Add examples in ${language}.`,
          { path: ['intents', i, 'examples'] },
        );
    for (const language of Object.keys(intent.examplesByLanguage ?? {}))
      if (!all.includes(language))
        ctx.report(
          'unknown-language',
          'warning',
          `intent "${intent.id}" has examples in "${language}", which is not a language of the project: add it to the secondary languages or remove them.`,
          { path: ['intents', i, 'examplesByLanguage', language] },
        );
  });
  ctx.project.tests.forEach((test, i) => {
    if (test.language !== undefined && !all.includes(test.language))
      ctx.report(
        'unknown-language',
        'error',
        `test "${test.name}" runs in "${test.language}", which is not a language of the project (${all.join(', ')}): change its language or add the language.`,
        { path: ['tests', i, 'language'] },
      );
  });
};
