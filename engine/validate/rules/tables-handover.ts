// Table blocks and hand-over (docs/file-format.md#table-block, #human-hand-over): a table block naming a
// table or column the project does not have (at run time that step fails and goes to onError or Error
// occurred, so the designer hears of it only in a conversation), a retrieve without a variable to keep
// the row in, and a Send to agent block with no Offloading opened block (the bot then stops at it).
import type { BlockSite, ValidationRule } from '../validation-context';

export const tableAndHandoverRules: ValidationRule = (ctx) => {
  const tables = new Map((ctx.project.tables ?? []).map((t) => [t.name, t]));
  const names = [...tables.keys()];
  let handover: BlockSite | undefined;
  for (const site of ctx.sites) {
    const b = site.block;
    if (b.type === 'handover') handover ??= site;
    if (b.type !== 'table') continue;
    const table = tables.get(b.table);
    if (!table) {
      ctx.report(
        'unknown-table',
        'error',
        `block "${b.id}" works on table "${b.table}", which the project does not have: ${
          names.length ? `pick one of ${names.map((n) => `"${n}"`).join(', ')}` : 'add it in the Tables panel'
        }.`,
        { site, path: ['table'] },
      );
      continue;
    }
    const columns = new Set(table.columns.map((c) => c.name));
    const unknown = (column: string, path: (string | number)[]) =>
      columns.has(column) ||
      ctx.report(
        'unknown-column',
        'error',
        `block "${b.id}" uses column "${column}", which table "${b.table}" does not have: pick one of ${[
          ...columns,
        ]
          .map((c) => `"${c}"`)
          .join(', ')} or add the column.`,
        { site, path },
      );
    (b.filters ?? []).forEach((f, i) => unknown(f.column, ['filters', i, 'column']));
    for (const column of Object.keys(b.values ?? {})) unknown(column, ['values', column]);
    if (b.operation === 'retrieve' && !b.saveAs)
      ctx.report(
        'retrieve-without-variable',
        'warning',
        `block "${b.id}" retrieves rows but keeps them nowhere: set "Save as" to a variable.`,
        { site, path: ['saveAs'] },
      );
  }
  if (handover && !ctx.project.offloadingOpenedBlock)
    ctx.report(
      'handover-without-opened-block',
      'warning',
      `block "${handover.block.id}" hands the conversation to an agent, but the project has no Offloading opened block: the bot stops at the Send to agent block without telling the user. Pick one in Settings.`,
      { site: handover },
    );
};
