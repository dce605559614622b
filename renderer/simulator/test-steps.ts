// Conversation test steps as a designer reads them (docs/file-format.md#conversation-tests): each step's
// kind in words and its value as text, and back. A text kind (`user`, `bot`, …) edits as plain text; the
// others as compact JSON, checked by the model's own TestStep schema, so an edit the file would refuse is
// refused here with the schema's reason.
import { ConversationTest, TestStep, type TestStep as Step } from '../../engine/model';

export const STEP_KINDS = {
  user: 'User says',
  click: 'User clicks',
  bot: 'Bot says',
  botContains: 'Bot says something containing',
  botMatches: 'Bot says something matching',
  botOneOf: 'Bot says one of',
  expectVars: 'Variables are',
  expectBlock: 'Conversation is at block',
  expectEnd: 'Conversation ends',
  expectEmail: 'E-mail sent',
  expectKnowledgeSource: 'Answer comes from knowledge source',
  expectTable: 'Table holds',
  expectContexts: 'Contexts are',
  expectEntities: 'Entities recognised',
  agent: 'Agent',
  expectOffloading: 'Hand-over is',
} as const;
export type StepKind = keyof typeof STEP_KINDS;

/** Kinds whose value is one line of text. */
const TEXT_KINDS = new Set<StepKind>(['user', 'click', 'bot', 'botContains', 'botMatches', 'expectBlock']);

export const isTextKind = (kind: StepKind) => TEXT_KINDS.has(kind);

export function stepKind(step: Step): StepKind {
  return Object.keys(step)[0] as StepKind;
}

/** The step's value as the editor shows it: the text itself, or compact JSON. */
export function stepValue(step: Step): string {
  const kind = stepKind(step);
  const value = (step as Record<string, unknown>)[kind];
  return isTextKind(kind) && typeof value === 'string' ? value : JSON.stringify(value);
}

/** A new step of `kind` with a value to start from. */
export function newStep(kind: StepKind): Step {
  const start: Record<StepKind, unknown> = {
    user: '',
    click: 'Yes',
    bot: '',
    botContains: '',
    botMatches: '',
    botOneOf: [''],
    expectVars: {},
    expectBlock: 'start',
    expectEnd: true,
    expectEmail: {},
    expectKnowledgeSource: null,
    expectTable: { table: 'table', count: 0 },
    expectContexts: {},
    expectEntities: {},
    agent: 'Hello, this is an agent.',
    expectOffloading: 'open',
  };
  return { [kind]: start[kind] } as Step;
}

/** The step for `kind` and the edited `text`, or why the file would refuse it. */
export function parseStep(
  kind: StepKind,
  text: string,
): { ok: true; step: Step } | { ok: false; error: string } {
  let value: unknown = text;
  if (!isTextKind(kind)) {
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, error: `"${STEP_KINDS[kind]}" takes JSON here, e.g. ${stepValue(newStep(kind))}.` };
    }
  }
  const parsed = TestStep.safeParse({ [kind]: value });
  if (parsed.success) return { ok: true, step: parsed.data };
  // The union reports every member's complaint; the one about this kind's key is the useful one.
  const issue = parsed.error.issues[0];
  const detail =
    issue && 'errors' in issue && Array.isArray(issue.errors)
      ? (issue.errors as { path: PropertyKey[]; message: string }[][])
          .flat()
          .find((e) => e.path[0] === kind && !/unrecognized/i.test(e.message))?.message
      : undefined;
  return { ok: false, error: `This step is not valid: ${detail ?? issue?.message ?? 'check its value'}.` };
}

/** One line for a step, for lists and screen readers: "User says: hi". */
export function stepSentence(step: Step): string {
  const kind = stepKind(step);
  return kind === 'expectEnd' ? STEP_KINDS.expectEnd : `${STEP_KINDS[kind]}: ${stepValue(step)}`;
}

/** `name`, or `name (2)`, `name (3)`, … the first no test of `tests` has. */
export function freeTestName(tests: readonly ConversationTest[], name: string): string {
  const taken = new Set(tests.map((t) => t.name));
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name} (${n})`)) n++;
  return `${name} (${n})`;
}

/** The test renamed, or why not (empty, or another test has the name). */
export function renameCheck(
  tests: readonly ConversationTest[],
  index: number,
  name: string,
): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'A test needs a name.';
  if (tests.some((t, i) => i !== index && t.name === trimmed))
    return `Another test is called "${trimmed}": pick another name.`;
  return undefined;
}

/** The parsed test, for checking a whole test before it is applied. */
export const checkTest = (test: unknown) => ConversationTest.safeParse(test);
