import { describe, expect, it } from 'vitest';
import { textHash, textIn, translationStatus, type Message, type Project } from '../../../../engine/model';
import { apply, block, pizzaProject, refuse } from '../fixtures';

const bilingual = (): Project => ({ ...pizzaProject(), secondaryLanguages: ['nl', 'fr'] });
const firstMessage = (project: Project, id: string): Message =>
  (block(project, id) as Extract<ReturnType<typeof block>, { type: 'message' }>).messages[0]!;

describe('setTranslation', () => {
  it('translates one text, records its primary source, and undoes exactly', () => {
    const { project, diff } = apply(bilingual(), {
      type: 'setTranslation',
      block: 'ask_size',
      owner: ['messages', 0, 'buttons', 0],
      field: 'title',
      language: 'nl',
      value: 'Groot',
    });
    const button = (firstMessage(project, 'ask_size') as Extract<Message, { kind: 'buttons' }>).buttons[0]!;
    expect(button.translations).toEqual({ nl: { title: 'Groot', titleHash: textHash('Large') } });
    expect(diff.ops.map((op) => `${op.kind}:${op.key}`)).toEqual(['blocks:ask_size']);
  });

  it('removes a translation given null', () => {
    let { project } = apply(bilingual(), {
      type: 'setTranslation',
      block: 'welcome',
      owner: ['messages', 0],
      field: 'text',
      language: 'fr',
      value: 'Bienvenue {user.name} !',
    });
    ({ project } = apply(project, {
      type: 'setTranslation',
      block: 'welcome',
      owner: ['messages', 0],
      field: 'text',
      language: 'fr',
      value: null,
    }));
    expect(firstMessage(project, 'welcome')).toEqual({ kind: 'text', text: 'Welcome {user.name}!' });
  });

  it('refuses the primary language, an unknown language, an unknown block and a field that is not a text', () => {
    const edit = {
      type: 'setTranslation' as const,
      block: 'welcome',
      owner: ['messages', 0],
      field: 'text',
      value: 'x',
    };
    expect(refuse(bilingual(), { ...edit, language: 'en' }).message).toContain('primary language');
    expect(refuse(bilingual(), { ...edit, language: 'de' }).message).toContain('not one of the project');
    expect(refuse(bilingual(), { ...edit, language: 'nl', block: 'ghost' }).code).toBe('unknown-block');
    expect(refuse(bilingual(), { ...edit, language: 'nl', field: 'kind' }).code).toBe('invalid-patch');
    expect(refuse(bilingual(), { ...edit, language: 'nl', owner: ['__proto__'] }).code).toBe('invalid-patch');
  });
});

describe('applyTranslations', () => {
  it('applies many texts and intent examples as one command', () => {
    const { project } = apply(bilingual(), {
      type: 'applyTranslations',
      edits: [
        { block: 'welcome', owner: ['messages', 0], field: 'text', language: 'nl', value: 'Welkom!' },
        { block: 'ask_size', owner: ['messages', 0], field: 'text', language: 'nl', value: 'Maat?' },
        { block: 'ask_size', owner: ['messages', 0], field: 'text', language: 'fr', value: 'Taille ?' },
      ],
      examples: [{ intent: 'order_pizza', language: 'nl', examples: ['Ik wil een pizza'] }],
    });
    expect(textIn(firstMessage(project, 'welcome'), 'text', 'nl', 'en')).toBe('Welkom!');
    expect(textIn(firstMessage(project, 'ask_size'), 'text', 'fr', 'en')).toBe('Taille ?');
    expect(translationStatus(firstMessage(project, 'ask_size'), 'text', 'nl', 'en')).toBe('translated');
    expect(project.intents[0]!.examplesByLanguage).toEqual({ nl: ['Ik wil een pizza'] });
  });

  it('changes nothing when one edit is refused', () => {
    const result = refuse(bilingual(), {
      type: 'applyTranslations',
      edits: [
        { block: 'welcome', owner: ['messages', 0], field: 'text', language: 'nl', value: 'Welkom!' },
        { block: 'ghost', owner: ['messages', 0], field: 'text', language: 'nl', value: 'x' },
      ],
    });
    expect(result.path).toEqual(['edits', 1, 'block']);
  });
});

describe('updateSettings secondaryLanguages', () => {
  it('sets and clears the secondary languages, refusing the primary one among them', () => {
    let { project } = apply(pizzaProject(), {
      type: 'updateSettings',
      patch: { secondaryLanguages: ['nl'] },
    });
    expect(project.secondaryLanguages).toEqual(['nl']);
    ({ project } = apply(project, { type: 'updateSettings', patch: { secondaryLanguages: [] } }));
    expect(project.secondaryLanguages).toBeUndefined();
    expect(refuse(project, { type: 'updateSettings', patch: { secondaryLanguages: ['en'] } }).code).toBe(
      'invalid-patch',
    );
  });
});
