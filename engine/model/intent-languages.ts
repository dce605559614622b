// Intent examples per language (docs/file-format.md#languages): intents are shared; the primary examples are in
// `examples`, the others in `examplesByLanguage`. One NLP model is trained per language that has examples.
import type { Intent } from './variable';

/** The intent's examples in `language` (the primary examples for the primary language); [] when it has none. */
export function intentExamples(intent: Intent, language: string, primary: string): string[] {
  if (language === primary) return intent.examples;
  const map = intent.examplesByLanguage;
  return map && Object.hasOwn(map, language) ? map[language]! : [];
}

/** The intents as `language` sees them: each with that language's examples; intents without any are left out. */
export function intentsIn(intents: readonly Intent[], language: string, primary: string): Intent[] {
  if (language === primary) return [...intents];
  const out: Intent[] = [];
  for (const intent of intents) {
    const examples = intentExamples(intent, language, primary);
    if (examples.length === 0) continue;
    const { examplesByLanguage: _others, ...rest } = intent;
    out.push({ ...rest, examples });
  }
  return out;
}

/** The languages with at least one intent example: the primary one (when there are intents), then the others. */
export function languagesWithExamples(project: {
  language: string;
  secondaryLanguages?: string[] | undefined;
  intents: readonly Intent[];
}): string[] {
  if (project.intents.length === 0) return [];
  return [
    project.language,
    ...(project.secondaryLanguages ?? []).filter((l) =>
      project.intents.some((i) => intentExamples(i, l, project.language).length > 0),
    ),
  ];
}
