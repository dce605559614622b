// Small projects for the edit tests (local until test/builders exists).
import { expect } from 'vitest';
import { applyCommand, applyDiff, invertDiff, type Command, type EditError } from '../../../engine/edit';
import { Project, type Block } from '../../../engine/model';

export const message = (id: string, extra: Partial<Extract<Block, { type: 'message' }>> = {}): Block => ({
  id,
  type: 'message',
  messages: [{ kind: 'text', text: `Hi from ${id}` }],
  ...extra,
});

/** A pizza bot with every kind of reference: next, buttons, rules, else, onError, onFail, $block, intents, tests. */
export function pizzaProject(): Project {
  return Project.parse({
    format: 'botloom/1',
    name: 'Pizza bot',
    startBlock: 'welcome',
    fallbackBlock: 'not_understood',
    variables: [{ name: 'order.size' }, { name: 'user.name' }],
    intents: [{ id: 'order_pizza', examples: ['I want a pizza'], block: 'ask_size' }],
    flows: [
      {
        id: 'main',
        name: 'Main',
        blocks: [
          {
            id: 'welcome',
            type: 'message',
            messages: [{ kind: 'text', text: 'Welcome {user.name}!' }],
            next: 'ask_size',
            position: { x: 0, y: 0 },
          },
          {
            id: 'ask_size',
            type: 'message',
            messages: [
              {
                kind: 'buttons',
                text: 'Size?',
                buttons: [
                  { title: 'Large', goTo: 'route', set: { 'order.size': 'large' } },
                  { title: 'Docs', url: 'https://x' },
                ],
              },
            ],
          },
          {
            id: 'route',
            type: 'goto',
            rules: [{ when: { var: 'order.size', op: 'eq', value: 'large' }, goTo: 'check_stock' }],
            else: 'ask_email',
          },
          {
            id: 'check_stock',
            type: 'api',
            url: 'https://shop.example.com/stock/{order.size}',
            body: { size: '{order.size|toUpperCase}', back: { $block: 'welcome' } },
            next: 'ask_email',
            onError: 'not_understood',
          },
          {
            id: 'ask_email',
            type: 'input',
            variable: 'user.email',
            validate: { kind: 'email' },
            onFail: 'not_understood',
            next: 'done',
          },
        ],
      },
      {
        id: 'support',
        name: 'Support',
        blocks: [
          { id: 'not_understood', type: 'message', messages: [{ kind: 'text', text: 'Sorry?' }] },
          { id: 'done', type: 'code', code: 'send()', next: 'welcome', onError: 'not_understood' },
        ],
      },
    ],
    tests: [
      { name: 'orders', startBlock: 'welcome', steps: [{ click: 'Large' }, { expectBlock: 'ask_email' }] },
    ],
    mocks: [{ url: 'https://shop.example.com/*', body: { ok: true } }],
    chatlayer: { ids: { welcome: 'id-1', ask_size: 'id-2' } },
  });
}

/** Applies a command that must succeed, and checks that its diff undoes and redoes exactly. */
export function apply(project: Project, command: Command) {
  const result = applyCommand(project, command);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  const undone = applyDiff(result.project, invertDiff(result.diff));
  expect(undone, 'the inverse diff restores the project').toStrictEqual({ ok: true, project });
  const redone = applyDiff(project, result.diff);
  expect(redone, 'the diff redoes the command').toStrictEqual({ ok: true, project: result.project });
  expect(JSON.parse(JSON.stringify(result.diff)), 'the diff is plain JSON').toStrictEqual(result.diff);
  return result;
}

/** Applies a command that must fail, returning its error. */
export function refuse(project: Project, command: Command): EditError {
  const result = applyCommand(project, command);
  if (result.ok) throw new Error(`expected ${command.type} to be refused`);
  return result.error;
}

export function block(project: Project, id: string): Block {
  for (const flow of project.flows) for (const b of flow.blocks) if (b.id === id) return b;
  throw new Error(`no block ${id}`);
}

export function flowOf(project: Project, id: string): string {
  return project.flows.find((f) => f.blocks.some((b) => b.id === id))!.id;
}
