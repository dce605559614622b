import { describe, expect, it } from 'vitest';
import {
  Project,
  blockTextUnits,
  ownerAt,
  projectWithoutTranslations,
  withOwnerAt,
  withTranslation,
  type Block,
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
