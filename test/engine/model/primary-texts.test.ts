import { describe, expect, it } from 'vitest';
import {
  Project,
  blockTextUnits,
  ownerAt,
  ownerTranslations,
  projectWithoutTranslations,
  restoreTranslations,
  withOwnerAt,
  withTranslation,
  type Block,
  type MessageBlock,
} from '../../../engine/model';
import {
  api,
  buttons,
  carousel,
  flow,
  image,
  input,
  jump,
  link,
  message,
  project,
  quickReplies,
  text,
} from '../../builders';

/** Every text of the block translated into `languages`. */
function translated(block: Block, languages: string[]): Block {
  let b = block;
  for (const unit of blockTextUnits(block))
    for (const language of languages) {
      const owner = ownerAt(b, unit.owner)!;
      const own = (owner as Record<string, unknown>)[unit.field];
      const value = unit.index === undefined ? own : (own as string[])[unit.index];
      if (typeof value === 'string' && value !== '')
        b = withOwnerAt(
          b,
          unit.owner,
          withTranslation(owner, unit.field, language, `[${language}] ${value}`, unit.index),
        );
    }
  return b;
}

// Every kind of text owner: messages of each kind, buttons, quick replies, cards and their buttons, an input block's
// own fields; a button's `set` and an API body holding a key named `translations`, which are data, not texts.
const owners = Project.parse(
  project({
    secondaryLanguages: ['nl', 'fr'],
    flows: [
      flow('main', [
        message('welcome', {
          messages: [
            { ...text('Hello'), variants: ['Hi', 'Hey'] },
            buttons('Pick one', [
              jump('Yes', 'ask', { translations: 'data' }),
              link('Site', 'https://example.com'),
            ]),
            quickReplies('Or', [jump('Maybe', 'ask')]),
            image('https://example.com/a.png', 'A picture'),
            carousel([{ title: 'Card', subtitle: 'Sub', buttons: [jump('Go', 'ask')] }]),
          ],
        }),
        input('ask', { ask: 'Your name?', invalidMessage: 'Say again', failMessage: 'Never mind' }),
        api('call', { body: { translations: { nl: 'kept' } } }),
      ]),
      flow('plain', [message('untranslated', { text: 'Only English' })]),
    ],
  }),
);
const withLanguages: Project = {
  ...owners,
  flows: owners.flows.map((f) =>
    f.id === 'main' ? { ...f, blocks: f.blocks.map((b) => translated(b, ['nl', 'fr'])) } : f,
  ),
};

describe('the project without its translations', () => {
  it('is the project before it was translated: every owner loses its translations, nothing else changes', () => {
    // Each kind of owner was translated (else the test would prove nothing).
    const json = JSON.stringify(withLanguages);
    for (const value of ['Hey', 'Yes', 'Site', 'Maybe', 'A picture', 'Sub', 'Go', 'Say again', 'Never mind'])
      expect(json).toContain(`[fr] ${value}`);

    const { project: primary, omitted } = projectWithoutTranslations(withLanguages);
    expect(omitted).toBe(true);
    expect(primary).toEqual(owners);
    expect(JSON.stringify(primary)).not.toContain('[nl]');
  });

  it('shares what holds no translation and leaves the project it was given as it was', () => {
    const before = JSON.stringify(withLanguages);
    const { project: primary } = projectWithoutTranslations(withLanguages);
    expect(JSON.stringify(withLanguages)).toBe(before);
    expect(primary.flows[1]).toBe(withLanguages.flows[1]);
    expect(primary.flows[0]!.blocks[2]).toBe(withLanguages.flows[0]!.blocks[2]);
    expect(primary.intents).toBe(withLanguages.intents);
  });

  it('is the same project, and says nothing was left out, when there are no translations', () => {
    const result = projectWithoutTranslations(owners);
    expect(result.omitted).toBe(false);
    expect(result.project).toBe(owners);
  });
});

describe('translations put back into the project without them', () => {
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  it('makes it the whole project again, every flow, block and message the same object as before', () => {
    const partial = copy(projectWithoutTranslations(withLanguages).project);
    const flows = [...partial.flows];
    const blocks = partial.flows.flatMap((f) => [...f.blocks]);
    const welcome = partial.flows[0]!.blocks[0] as MessageBlock;
    const messages = [...welcome.messages];
    const list = copy(ownerTranslations(withLanguages));
    // One per owner: 5 messages, 2 + 1 buttons, a card and its button, the input's prompt and the input, and the
    // untranslated block's message (null).
    expect(list).toHaveLength(13);
    expect(list.at(-1)).toBeNull();
    expect(restoreTranslations(partial, list)).toBe(true);
    expect(partial).toEqual(withLanguages);
    partial.flows.forEach((f, i) => expect(f).toBe(flows[i]));
    partial.flows.flatMap((f) => f.blocks).forEach((b, i) => expect(b).toBe(blocks[i]));
    welcome.messages.forEach((m, i) => expect(m).toBe(messages[i]));
  });

  it('changes nothing and says so when the list does not have one entry per owner, or an entry is not a map', () => {
    const partial = copy(projectWithoutTranslations(withLanguages).project);
    const before = JSON.stringify(partial);
    const list = ownerTranslations(withLanguages);
    expect(restoreTranslations(partial, list.slice(1))).toBe(false);
    expect(restoreTranslations(partial, [...list, null])).toBe(false);
    expect(restoreTranslations(partial, [...list.slice(0, -1), 'text'])).toBe(false);
    expect(restoreTranslations(partial, [...list.slice(0, -1), ['nl']])).toBe(false);
    expect(JSON.stringify(partial)).toBe(before);
  });
});
