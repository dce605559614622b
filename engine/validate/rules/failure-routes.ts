// An API or code block without its own error route (`onError`): when it fails, the conversation goes to the
// project's Error occurred block, else its Not understood block (the fallback), else it ends
// (docs/file-format.md#errors-and-the-error-occurred-block). Said as an info where a default catches the
// failure, and as a warning where nothing does, naming the block and where its failures go.
import type { Block } from '../../model';
import type { BlockSite, ValidationRule } from '../validation-context';

const KIND = { api: 'API', code: 'code' } as const;

const named = (block: Pick<Block, 'id' | 'name'> | undefined, id: string) =>
  block?.name && block.name !== id ? `"${block.name}" (${id})` : `"${id}"`;

export const failureRoutes: ValidationRule = (ctx) => {
  const { errorBlock, fallbackBlock } = ctx.project;
  const target = (id: string | undefined) => (id !== undefined && ctx.byId.has(id) ? id : undefined);
  const error = target(errorBlock);
  const fallback = target(fallbackBlock);
  const goesTo = error
    ? `the Error occurred block ${named(ctx.byId.get(error)!.block, error)}`
    : fallback
      ? `the Not understood (fallback) block ${named(ctx.byId.get(fallback)!.block, fallback)}, as the project has no Error occurred block`
      : undefined;
  for (const site of ctx.sites) {
    const b = site.block;
    if ((b.type !== 'api' && b.type !== 'code') || b.onError !== undefined) continue;
    report(ctx.report.bind(ctx), site, `${KIND[b.type]} block ${named(b, b.id)}`, goesTo);
  }
};

function report(
  say: Parameters<ValidationRule>[0]['report'],
  site: BlockSite,
  what: string,
  goesTo: string | undefined,
): void {
  if (goesTo)
    say(
      'failure-to-default',
      'info',
      `${what} has no error route: when it fails, the conversation goes to ${goesTo}. Set its "On error" block to handle the failure here.`,
      { site },
    );
  else
    say(
      'failure-to-default',
      'warning',
      `${what} has no error route, and the project has no Error occurred or Not understood block: when it fails, the conversation ends. Set its "On error" block, or choose an Error occurred block in Settings.`,
      { site },
    );
}
