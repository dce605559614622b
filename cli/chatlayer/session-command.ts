// `botloom chatlayer session get|clear <conversationId>` (docs/chatlayer.md#driving-a-live-conversation): reads a live conversation's session
// data as JSON (the values of variables the project declares sensitive shown as «sensitive»), or clears
// it, for debugging.
import type { Command } from 'commander';
import { SENSITIVE_PLACEHOLDER, type Json, type Project } from '../../engine/model';
import type { ConnectionFlags } from './connection';
import {
  addConnectionOptions,
  interruptible,
  openChatlayer,
  optionalProject,
  whereLabel,
} from './open-connection';

export interface ProjectFlag {
  /** A project whose Chatlayer settings (and sensitive variables) apply. */
  project?: string;
}

/** Adds `--project FILE` and the connection flags to a command that works on one live conversation. */
export function addConversationOptions(command: Command): Command {
  return addConnectionOptions(
    command.option('-p, --project <file>', 'a project whose Chatlayer settings to use (flags override them)'),
  );
}

/** A copy of the session with the values of the project's sensitive variables replaced. */
export function hideSensitive(
  session: Record<string, Json>,
  project: Project | undefined,
): Record<string, Json> {
  const copy = structuredClone(session);
  for (const variable of project?.variables ?? []) {
    if (!variable.sensitive) continue;
    const path = variable.name.split('.');
    let node: Json | undefined = copy;
    for (const key of path.slice(0, -1)) {
      node = node !== null && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined;
    }
    const last = path.at(-1)!;
    if (node !== null && typeof node === 'object' && !Array.isArray(node) && node[last] !== undefined)
      node[last] = SENSITIVE_PLACEHOLDER;
  }
  return copy;
}

export function registerSession(group: Command): void {
  const session = group.command('session').description("read or clear a live conversation's session data");
  addConversationOptions(
    session
      .command('get')
      .description("print a live conversation's session data as JSON")
      .argument('<conversationId>', 'the conversation (session) id'),
  ).action(async (id: string, opts: ConnectionFlags & ProjectFlag) => {
    const project = optionalProject(opts.project);
    const open = openChatlayer(opts, { project, need: { bot: true } });
    await interruptible(async (signal) => {
      const data = await open.client.getSessionData(id, signal);
      process.stdout.write(JSON.stringify(hideSensitive(data, project), null, 2) + '\n');
    }, open.scrub);
  });
  addConversationOptions(
    session
      .command('clear')
      .description("delete a live conversation's session data")
      .argument('<conversationId>', 'the conversation (session) id'),
  ).action(async (id: string, opts: ConnectionFlags & ProjectFlag) => {
    const open = openChatlayer(opts, { project: optionalProject(opts.project), need: { bot: true } });
    await interruptible(async (signal) => {
      await open.client.deleteSessionData(id, signal);
      process.stdout.write(`Cleared the session of conversation ${id} of ${whereLabel(open)}.\n`);
    }, open.scrub);
  });
}
