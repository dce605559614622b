// Sensitive variables (docs/file-format.md#variables-and-intents: `sensitive: true`) never reach a pulled test: their live values are
// replaced, in user and bot texts, by a stand-in that the input block storing them accepts, so the
// test still passes locally.
import type { Json, Project } from '../../model';
import { allBlocks } from '../../model';

function readPath(value: Json | undefined, path: string): Json | undefined {
  let cur = value;
  for (const seg of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, Json>)[seg];
  }
  return cur;
}

/** A value the input block that stores `variable` accepts, or a neutral word. */
export function standInFor(project: Project, variable: string): string {
  for (const block of allBlocks(project)) {
    if (block.type !== 'input' || block.variable !== variable) continue;
    const v = block.validate;
    switch (v.kind) {
      case 'email':
        return 'redacted@example.com';
      case 'phone':
        return '+3200000000';
      case 'number':
        return String(v.min ?? (v.max !== undefined ? Math.min(0, v.max) : 0));
      case 'date':
        return '2000-01-01';
      case 'choice':
        return v.choices[0]!;
      default:
        return 'redacted';
    }
  }
  return 'redacted';
}

export interface Redaction {
  /** Every sensitive value seen in the session, longest first, with its stand-in. */
  pairs: { value: string; standIn: string; variable: string }[];
  apply(text: string): string;
}

export function redactionFor(project: Project, session: Json | null): Redaction {
  const pairs: Redaction['pairs'] = [];
  for (const v of project.variables.filter((x) => x.sensitive)) {
    const value = readPath(session ?? undefined, v.name);
    if (value === undefined || value === null || typeof value === 'object') continue;
    const text = String(value);
    if (text.length > 0) pairs.push({ value: text, standIn: standInFor(project, v.name), variable: v.name });
  }
  pairs.sort((a, b) => b.value.length - a.value.length);
  return {
    pairs,
    apply(text) {
      let out = text;
      for (const p of pairs) out = out.split(p.value).join(p.standIn);
      return out;
    },
  };
}
