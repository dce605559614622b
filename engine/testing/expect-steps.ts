// The `expectEmail`, `expectKnowledgeSource`, `expectContexts` and `expectEntities` test steps
// (docs/file-format.md#conversation-tests): each compares what the latest turn left with the step and
// answers the mismatch, or null when the step passes.
import type { ExpectedEmail, Json, TraceEventOf } from '../model';
import { jsonEqual } from './json-equal';

export interface StepMismatch {
  expected: string;
  actual: string;
  blockId?: string | null;
}

/** The latest turn's last Generate answer was answered by `want` (null: by nothing). */
export function knowledgeSourceMismatch(
  lookups: readonly TraceEventOf<'knowledge'>[],
  want: string | null,
): StepMismatch | null {
  const last = lookups.at(-1);
  const got = last?.answeredBy ?? null;
  if (last && got === want) return null;
  const best = last?.ranked[0];
  return {
    expected: want === null ? 'no knowledge source answers' : `the knowledge source "${want}" answers`,
    actual: !last
      ? 'no Generate answer block ran in the latest turn'
      : got === null
        ? `nothing answered "${last.question}" (best: ${best ? `${best.passage}, score ${best.score}` : 'no passage'}; threshold ${last.threshold})`
        : `"${got}" answered "${last.question}"${last.passage ? ` with ${last.passage}` : ''}`,
    ...(last ? { blockId: last.blockId } : {}),
  };
}

/** Each named context has exactly the user turns given left (0: not active), in the session's `internal`. */
export function contextsMismatch(
  internal: Json | undefined,
  want: Record<string, number>,
): StepMismatch | null {
  const active =
    internal && typeof internal === 'object' && !Array.isArray(internal)
      ? (internal.contexts as Record<string, Json>)
      : {};
  const left = (name: string) => {
    const value = active && Object.prototype.hasOwnProperty.call(active, name) ? active[name] : undefined;
    return typeof value === 'number' ? value : 0;
  };
  const wrong = Object.entries(want).filter(([name, turns]) => left(name) !== turns);
  if (wrong.length === 0) return null;
  const describe = (name: string, turns: number) =>
    turns === 0
      ? `${name} not active`
      : `${name} active for ${turns} more user turn${turns === 1 ? '' : 's'}`;
  const all = Object.entries(active ?? {}).map(([n, t]) => `${n}: ${JSON.stringify(t)}`);
  return {
    expected: wrong.map(([name, turns]) => describe(name, turns)).join('; '),
    actual: `${wrong.map(([name]) => describe(name, left(name))).join('; ')} (active: ${all.length ? all.join(', ') : 'none'})`,
  };
}

/** The latest user message had each entity recognised with the value given (others may be there too). */
export function entitiesMismatch(
  recognised: TraceEventOf<'entities'>['entities'],
  want: Record<string, Json>,
): StepMismatch | null {
  for (const [entity, value] of Object.entries(want)) {
    if (recognised.some((e) => e.entity === entity && jsonEqual(e.value, value))) continue;
    const seen = recognised.map((e) => `${e.entity} = ${JSON.stringify(e.value)}`);
    return {
      expected: `the entity ${entity} = ${JSON.stringify(value)} in the latest user message`,
      actual: seen.length
        ? `recognised ${seen.join(', ')}`
        : 'no entity was recognised in the latest user message',
    };
  }
  return null;
}

function emailMatches(mail: TraceEventOf<'email'>, want: ExpectedEmail): boolean {
  return (
    (want.to === undefined || mail.to.includes(want.to)) &&
    (want.subject === undefined || mail.subject === want.subject) &&
    (want.bodyContains === undefined || mail.body.includes(want.bodyContains))
  );
}

/** An e-mail of the latest turn matches; it is taken out of `emails`, so two steps need two e-mails. */
export function emailMismatch(emails: TraceEventOf<'email'>[], want: ExpectedEmail): StepMismatch | null {
  const i = emails.findIndex((m) => emailMatches(m, want));
  if (i >= 0) {
    emails.splice(i, 1);
    return null;
  }
  const sent = emails.map((m) => `to ${m.to.join(', ')}: ${JSON.stringify(m.subject)}`);
  return {
    expected: `an e-mail ${JSON.stringify(want)}`,
    actual: sent.length ? `the latest turn wrote ${sent.join('; ')}` : 'the latest turn wrote no e-mail',
  };
}
