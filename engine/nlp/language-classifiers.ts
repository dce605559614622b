// One intent classifier per language (docs/file-format.md#languages), behind the runtime's one IntentClassifier
// port: `classify(text, language)` asks that language's model. Each model is trained (and cached) by
// trainIntentClassifier, so an unchanged project trains once per language.
import { intentsIn, languagesWithExamples, type Intent } from '../model';
import type { IntentClassifier } from '../runtime/intent-port';
import { trainIntentClassifier } from './train-intent-classifier';
import type { TrainedIntentClassifier } from './intent-classifier';

export interface LanguageClassifiers extends IntentClassifier {
  /** The trained model of each language with examples, the primary one first. */
  readonly models: ReadonlyMap<string, TrainedIntentClassifier>;
}

/**
 * The project's classifier: a model per language with intent examples; a conversation in a language without
 * examples is classified by the primary model. Undefined when the project has no intents.
 */
export async function trainProjectClassifier(project: {
  language: string;
  secondaryLanguages?: string[] | undefined;
  intents: readonly Intent[];
}): Promise<LanguageClassifiers | undefined> {
  const languages = languagesWithExamples(project);
  if (languages.length === 0) return undefined;
  const models = new Map<string, TrainedIntentClassifier>();
  for (const language of languages)
    models.set(
      language,
      await trainIntentClassifier(intentsIn(project.intents, language, project.language), language),
    );
  const primary = models.get(project.language)!;
  return {
    models,
    classify: (text, language) =>
      ((language !== undefined && models.get(language)) || primary).classify(text),
  };
}
