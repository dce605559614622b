// Golden files of the Chatlayer export. Each case under test/fixtures/golden/<case>/ holds a project
// (project.json) and the bot JSON its export must give, byte for byte (chatlayer.json); new ids come
// from a seeded source. After an intended change of the export, rewrite the files with
//   UPDATE_GOLDEN=1 npx vitest run test/engine/chatlayer/export/golden.test.ts
// and review their diff before committing. For the example bots, project.json is examples/<case>.json
// in botloom/1's deterministic form, so it is rewritten too when an example changes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import { parseProject, stringifyProject } from '../../../../engine/format';
import { allBlocks, type Project } from '../../../../engine/model';
import { hasErrors, validateProject } from '../../../../engine/validate';
import { seededIds } from './seeded-ids';

const root = path.resolve(__dirname, '../../../..');
const golden = (name: string, file: string) => path.join(root, 'test/fixtures/golden', name, file);
const update = process.env.UPDATE_GOLDEN === '1';
const EXAMPLES = [
  'pizza-order',
  'signup-form',
  'support-triage',
  'bike-repair',
  'appointment-desk',
  'pizza-contexts',
];
const CASES = [...EXAMPLES, 'every-kind'];

function load(text: string, file: string): Project {
  const r = parseProject(text, file);
  if (!r.ok) throw new Error(`${file}: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return r.project;
}

const exampleText = (name: string) =>
  stringifyProject(load(readFileSync(path.join(root, 'examples', `${name}.json`), 'utf8'), name));

function projectOf(name: string): Project {
  const file = golden(name, 'project.json');
  if (update && EXAMPLES.includes(name)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, exampleText(name));
  }
  return load(readFileSync(file, 'utf8'), file);
}

function exported(project: Project) {
  const r = exportChatlayerBot(project, { newId: seededIds(7) });
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return r;
}

describe.each(CASES)('Chatlayer export golden case %s', (name) => {
  it('exports project.json as chatlayer.json, byte for byte', () => {
    const r = exported(projectOf(name));
    if (update || !existsSync(golden(name, 'chatlayer.json')))
      writeFileSync(golden(name, 'chatlayer.json'), r.text);
    expect(r.text).toBe(readFileSync(golden(name, 'chatlayer.json'), 'utf8'));
    expect(r.text.endsWith('}\n')).toBe(true);
  });

  it('gives every block a Chatlayer id, and the import gives back the project with those ids', () => {
    const r = exported(projectOf(name));
    const ids = r.project.chatlayer?.ids ?? {};
    for (const block of allBlocks(r.project)) expect(ids[block.id]).toMatch(/^[0-9a-f-]{36}$/);
    const back = importChatlayerBot(readFileSync(golden(name, 'chatlayer.json'), 'utf8'));
    expect(back.ok && back.project).toEqual(r.project);
  });

  it('export → import → export gives the same bytes and assigns no new id', () => {
    const first = exported(projectOf(name));
    const back = importChatlayerBot(first.text);
    if (!back.ok) throw new Error(back.errors.map((e) => e.message).join('; '));
    const second = exportChatlayerBot(back.project, {
      newId: () => {
        throw new Error('no new id expected');
      },
    });
    expect(second.ok && second.text).toBe(first.text);
    expect(second.ok && second.assigned).toEqual([]);
  });

  it('writes the same bytes whatever order the project file lists its keys in', () => {
    const project = projectOf(name);
    const reversed = load(JSON.stringify(reverseKeys(project)), 'reversed.json');
    expect(exported(reversed).text).toBe(exported(project).text);
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((k) => [k, reverseKeys((value as Record<string, unknown>)[k])]),
  );
}

describe.each(EXAMPLES)('the golden case of the example bot %s', (name) => {
  it('holds examples/<case>.json as it is now', () => {
    expect(readFileSync(golden(name, 'project.json'), 'utf8')).toBe(exampleText(name));
  });
});

describe('the every-kind golden case', () => {
  const project = projectOf('every-kind');

  it('is a valid project', () => {
    expect(hasErrors(validateProject(project))).toBe(false);
  });

  it('covers every block kind, message kind, button kind, operator, input kind and API body shape', async () => {
    const { BLOCK_TYPES, COMPARISON_OPS, InputValidation, HTTP_METHODS } =
      await import('../../../../engine/model');
    const blocks = [...allBlocks(project)];
    const messages = blocks.flatMap((b) =>
      b.type === 'message' ? b.messages : b.type === 'input' ? b.prompt : [],
    );
    const buttons = messages.flatMap((m) =>
      m.kind === 'buttons'
        ? m.buttons
        : m.kind === 'quickReplies'
          ? m.replies
          : m.kind === 'carousel'
            ? m.cards.flatMap((c) => c.buttons)
            : [],
    );
    const ops = new Set<string>();
    const walk = (c: unknown): void => {
      const o = c as Record<string, unknown>;
      if ('all' in o || 'any' in o) {
        ops.add('all' in o ? 'all' : 'any');
        ((o.all ?? o.any) as unknown[]).forEach(walk);
      } else if ('not' in o) {
        ops.add('not');
        walk(o.not);
      } else ops.add(o.op as string);
    };
    blocks.forEach((b) => b.type === 'goto' && b.rules.forEach((r) => walk(r.when)));
    const apis = blocks.filter((b) => b.type === 'api');

    expect(new Set(blocks.map((b) => b.type))).toEqual(new Set(BLOCK_TYPES));
    expect(new Set(messages.map((m) => m.kind))).toEqual(
      new Set(['text', 'buttons', 'quickReplies', 'image', 'carousel']),
    );
    const kinds = buttons.map((b) =>
      'url' in b ? (b.url.startsWith('tel:') ? 'phone' : 'url') : b.set ? 'jump+set' : 'jump',
    );
    expect(new Set(kinds)).toEqual(new Set(['jump', 'jump+set', 'url', 'phone']));
    expect(ops).toEqual(new Set([...COMPARISON_OPS, 'all', 'any', 'not']));
    const inputKinds = blocks.flatMap((b) => (b.type === 'input' ? [b.validate.kind] : []));
    expect(new Set(inputKinds)).toEqual(new Set(InputValidation.options.map((o) => o.shape.kind.value)));
    expect(new Set(apis.map((b) => b.method))).toEqual(new Set(HTTP_METHODS));
    expect(new Set(apis.map((b) => b.auth?.kind))).toEqual(new Set(['bearer', 'basic', undefined]));
    expect(
      new Set(apis.map((b) => (Array.isArray(b.body) ? 'array' : b.body === null ? 'null' : typeof b.body))),
    ).toEqual(new Set(['object', 'array', 'string', 'null']));
    expect(project.chatlayer?.ids).toHaveProperty('gone_block');
  });
});
