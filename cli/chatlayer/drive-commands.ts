// Driving a live conversation (docs/chatlayer.md#driving-a-live-conversation): `send` (texts as an agent, conversation actions), `trigger`
// (set session data and run a block: a webhook-channel postback with nextDialogstateId), `pause` and
// `resume` (through the endpoints of the project's Chatlayer settings, since Chatlayer does not publish
// their paths).
import { InvalidArgumentError, type Command } from 'commander';
import type { KeyValue } from '../../engine/chatlayer';
import type { Json } from '../../engine/model';
import { CliError } from '../cli-error';
import type { ConnectionFlags } from './connection';
import { interruptible, openChatlayer, optionalProject, whereLabel } from './open-connection';
import { addConversationOptions, type ProjectFlag } from './session-command';

/** `key=value`: the value as JSON when it reads as JSON (3, true, {"a":1}, "quoted"), else as text. */
export function parseAssignment(text: string, previous: KeyValue[] = []): KeyValue[] {
  const at = text.indexOf('=');
  const key = at < 0 ? '' : text.slice(0, at).trim();
  if (!key)
    throw new InvalidArgumentError(`--set takes key=value (e.g. --set order.size=large), not '${text}'`);
  const raw = text.slice(at + 1);
  let value: Json;
  try {
    value = JSON.parse(raw) as Json;
  } catch {
    value = raw;
  }
  return [...previous, { key, value }];
}

type DriveOptions = ConnectionFlags & ProjectFlag;

export function registerSend(group: Command): void {
  addConversationOptions(
    group
      .command('send')
      .description('send messages into a live conversation as an agent')
      .argument('<conversationId>', 'the conversation (session) id')
      .argument('<text...>', 'the message text (several texts send several messages)'),
  ).action(async (id: string, texts: string[], opts: DriveOptions) => {
    const open = openChatlayer(opts, { project: optionalProject(opts.project), need: { bot: true } });
    await interruptible(async (signal) => {
      await open.client.sendMessages(id, texts, signal);
      const n = texts.length;
      process.stdout.write(
        `Sent ${n} message${n === 1 ? '' : 's'} as an agent to conversation ${id} of ${whereLabel(open)}.\n`,
      );
    }, open.scrub);
  });
}

export function registerTrigger(group: Command): void {
  addConversationOptions(
    group
      .command('trigger')
      .description('set session data and run a block in a live conversation (through the webhook channel)')
      .argument('<conversationId>', 'the conversation (session) id')
      .argument(
        '<blockId>',
        "a Botloom block id (mapped through the project's Chatlayer ids) or a Chatlayer id",
      )
      .option('--set <key=value>', 'a session value to set first (repeatable)', parseAssignment, []),
  ).action(async (id: string, blockId: string, opts: DriveOptions & { set: KeyValue[] }) => {
    const open = openChatlayer(opts, { project: optionalProject(opts.project), need: { channel: true } });
    const dialogstate = open.chatlayerIdOf(blockId);
    await interruptible(async (signal) => {
      await open.client.webhookMessage(
        open.connection.channelId!,
        {
          conversationId: id,
          message: {
            postbackMessage: {
              title: blockId,
              nextDialogstateId: dialogstate,
              ...(opts.set.length ? { sessionDataToSet: opts.set } : {}),
            },
          },
        },
        signal,
      );
      const set = opts.set.length ? `, after setting ${opts.set.map((kv) => kv.key).join(', ')}` : '';
      process.stdout.write(
        `Triggered block ${blockId}${dialogstate !== blockId ? ` (${dialogstate})` : ''} in conversation ${id} through webhook channel ${open.connection.channelId}${set}; the bot answers on the channel's webhook.\n`,
      );
    }, open.scrub);
  });
}

function registerPauseOrResume(group: Command, action: 'pause' | 'resume'): void {
  const setting = `${action}Endpoint` as const;
  addConversationOptions(
    group
      .command(action)
      .description(
        `${action} the bot for a live conversation (through "${setting}" of the project's Chatlayer settings)`,
      )
      .argument('<conversationId>', 'the conversation (session) id'),
  ).action(async (id: string, opts: DriveOptions) => {
    const project = optionalProject(opts.project);
    if (!project?.chatlayer?.[setting]?.trim())
      throw new CliError(
        `Chatlayer does not publish the ${action} endpoint, so Botloom takes it from the project: ${
          project
            ? `set "${setting}" in the Chatlayer settings of ${opts.project}`
            : `pass --project FILE whose Chatlayer settings set "${setting}"`
        } (e.g. "POST /v1/bots/{botId}/conversations/{conversationId}/${action}").`,
        2,
      );
    const open = openChatlayer(opts, { project, need: { bot: true } });
    await interruptible(async (signal) => {
      await open.client[action](id, signal);
      process.stdout.write(
        `${action === 'pause' ? 'Paused' : 'Resumed'} the bot for conversation ${id} of ${whereLabel(open)}.\n`,
      );
    }, open.scrub);
  });
}

export function registerPauseResume(group: Command): void {
  registerPauseOrResume(group, 'pause');
  registerPauseOrResume(group, 'resume');
}
