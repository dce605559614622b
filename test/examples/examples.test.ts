// Every example bot validates and passes its own conversation tests through the real runtime, the
// QuickJS code runner and the intent classifier, in process and through `botloom test`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProject, stringifyProject } from '../../engine/format';
import { validateProject } from '../../engine/validate';
import { createQuickJsCodeRunner } from '../../engine/node';
import { trainProjectClassifier } from '../../engine/nlp';
import { runTests } from '../../engine/testing';
import { CliSandbox } from '../cli/run-cli';

const dir = path.resolve(__dirname, '../../examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.json'));
const codeRunner = createQuickJsCodeRunner();
afterAll(() => codeRunner.dispose());

function load(file: string) {
  const parsed = parseProject(readFileSync(path.join(dir, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.errors)}`);
  return parsed.project;
}

describe('example bots', () => {
  it('include the pizza, support, sign-up, bike repair, appointment desk, FAQ desk, yes/no contexts and hand-over desk bots', () => {
    expect(examples).toEqual(
      expect.arrayContaining([
        'pizza-order.json',
        'support-triage.json',
        'signup-form.json',
        'bike-repair.json',
        'appointment-desk.json',
        'faq-desk.json',
        'pizza-contexts.json',
        'handover-desk.json',
      ]),
    );
  });

  describe.each(examples)('%s', (file) => {
    it('validates without errors or warnings', () => {
      const diagnostics = validateProject(load(file)).filter((d) => d.severity !== 'info');
      expect(diagnostics).toEqual([]);
    });

    it('has tests and mocks, and passes every test', async () => {
      const project = load(file);
      expect(project.tests.length).toBeGreaterThanOrEqual(5);
      expect(project.mocks.length).toBeGreaterThan(0);
      const intents = await trainProjectClassifier(project);
      const summary = await runTests(project, { codeRunner, ...(intents ? { intents } : {}) });
      const failures = summary.results
        .filter((r) => r.status !== 'passed')
        .map((r) => ({ name: r.name, ...r.failure }));
      expect(failures).toEqual([]);
      expect(summary.passed).toBe(project.tests.length);
    });

    it('passes through `botloom test` (exit 0)', () => {
      const cli = new CliSandbox();
      try {
        const r = cli.run('test', path.join(dir, file));
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`${load(file).tests.length} passed, 0 failed`);
      } finally {
        cli.dispose();
      }
    });
  });

  it('uses every feature the examples are meant to show', () => {
    const pizza = load('pizza-order.json');
    const blocks = pizza.flows.flatMap((f) => f.blocks);
    expect(blocks.some((b) => b.type === 'api')).toBe(true);
    expect(blocks.some((b) => b.type === 'code' && b.code.includes('ChatlayerResponseBuilder'))).toBe(true);
    expect(
      blocks.some((b) => b.type === 'message' && b.messages.some((m) => m.kind === 'quickReplies')),
    ).toBe(true);
    const support = load('support-triage.json');
    expect(support.intents.every((i) => i.examples.length >= 6)).toBe(true);
    expect(support.fallbackBlock).toBeDefined();
    const signup = load('signup-form.json');
    const inputs = signup.flows.flatMap((f) => f.blocks).filter((b) => b.type === 'input');
    expect(new Set(inputs.map((b) => b.validate.kind))).toEqual(
      new Set(['regex', 'email', 'date', 'phone', 'choice', 'number']),
    );
    expect(inputs.some((b) => b.maxAttempts !== undefined && b.onFail !== undefined)).toBe(true);
  });

  it('show the documented recipes with variables set on transitions, and Error occurred', () => {
    const bike = load('bike-repair.json');
    const blocks = bike.flows.flatMap((f) => f.blocks);
    const fallback = blocks.find((b) => b.id === bike.fallbackBlock);
    // The not-understood counter on an else, and the block to go back to, without code.
    expect(fallback).toMatchObject({
      type: 'goto',
      elseSet: [
        { variable: 'not_understood_counter', value: '{not_understood_counter|increment}' },
        { variable: 'return_to', value: '{internal.previousDialogstate.id}' },
      ],
    });
    expect(blocks.some((b) => b.type === 'goto' && b.rules.some((r) => r.set?.length))).toBe(true);
    expect(blocks.some((b) => b.type === 'api' && b.nextSet?.length && !b.onError)).toBe(true);
    expect(blocks.some((b) => b.type === 'code')).toBe(false);
    expect(bike.errorBlock).toBe('error_occurred');
  });

  it('show variables on transitions, variants, Error occurred, Clear session, Get time and expressions', () => {
    const file = 'appointment-desk.json';
    const desk = load(file);
    const blocks = desk.flows.flatMap((f) => f.blocks);
    const texts = blocks.flatMap((b) => (b.type === 'message' ? b.messages : []));
    expect(desk.settings?.expressionSyntax).toBe(true);
    expect(texts.some((m) => 'text' in m && m.text.includes('{CAPITALIZE(name)}'))).toBe(true);
    expect(texts.some((m) => m.kind === 'text' && (m.variants?.length ?? 0) >= 2)).toBe(true);
    expect(
      blocks.some((b) => b.type === 'goto' && b.rules.some((r) => r.set?.length) && b.elseSet?.length),
    ).toBe(true);
    expect(blocks.some((b) => b.type === 'api' && b.nextSet?.length && !b.onError)).toBe(true);
    expect(blocks.find((b) => b.id === desk.errorBlock)).toBeDefined();
    expect(blocks.some((b) => b.type === 'clearSession')).toBe(true);
    expect(blocks.some((b) => b.type === 'getTime' && b.offsetHours !== undefined)).toBe(true);
    const steps = desk.tests.flatMap((t) => t.steps);
    expect(steps.some((s) => 'botOneOf' in s)).toBe(true);
    // Written by Botloom itself, so that an export adding Chatlayer ids changes only their lines.
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(stringifyProject(desk));
  });
  it('show a bot in English, Dutch and French with tests in each, run per language by `botloom test --language`', () => {
    const file = 'brussels-bakery.json';
    const bakery = load(file);
    expect(bakery.secondaryLanguages).toEqual(['nl', 'fr']);
    expect(new Set(bakery.tests.map((t) => t.language ?? bakery.language))).toEqual(
      new Set(['en', 'nl', 'fr']),
    );
    expect(bakery.intents.every((i) => i.examplesByLanguage?.nl && i.examplesByLanguage.fr)).toBe(true);
    const cli = new CliSandbox();
    try {
      const r = cli.run('test', path.join(dir, file), '--language', 'nl');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const dutch = bakery.tests.filter((t) => t.language === 'nl').length;
      expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`${dutch} passed, 0 failed`);
    } finally {
      cli.dispose();
    }
    expect(readFileSync(path.join(dir, file), 'utf8')).toBe(stringifyProject(bakery));
  });
});
