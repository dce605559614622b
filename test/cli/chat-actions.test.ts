// `botloom chat` prints a JSON builder's event and a Send e-mail block's e-mail as event lines, not as
// bot messages, and says the e-mail was not sent.
import { afterEach, describe, expect, it } from 'vitest';
import { CliSandbox } from './run-cli';

let cli: CliSandbox;
afterEach(() => cli?.dispose());

const bot = {
  format: 'botloom/1',
  name: 'Actions',
  startBlock: 'hello',
  flows: [
    {
      id: 'main',
      name: 'Main',
      blocks: [
        { id: 'hello', type: 'message', messages: [{ kind: 'text', text: 'Hello' }], next: 'data' },
        { id: 'data', type: 'jsonBuilder', data: { page: 'home' }, next: 'mail' },
        { id: 'mail', type: 'email', to: 'team@example.com', subject: 'Visit', body: 'Someone came by' },
      ],
    },
  ],
};

describe('botloom chat with action blocks', () => {
  it('prints the event and the e-mail kept in the outbox', () => {
    cli = new CliSandbox();
    const r = cli.run('chat', cli.file('bot.json', bot));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'Bot: Hello\n(event: {"page":"home"})\n(e-mail to team@example.com: "Visit", kept in the outbox, not sent)\n(the conversation has ended)\n',
    );
  });
});
