// Trains an intent classifier for a project, once per distinct set of intents and language: the
// classifier is cached by a hash of both, so re-running tests or restarting a simulation is instant.
import type { Intent } from '../model';
import { buildIntentClassifier, type TrainedIntentClassifier } from './intent-classifier';

const CACHE_SIZE = 32;
const cache = new Map<string, TrainedIntentClassifier>();

/** FNV-1a over the text, twice with different offsets: a 64-bit key is plenty for a cache. */
function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The cache key of a set of intents in a language (the target block does not change the model). */
export function intentsHash(intents: readonly Intent[], language: string): string {
  return hashText(JSON.stringify([language, intents.map((i) => [i.id, i.examples])]));
}

/** A classifier for the intents' examples (cached by their hash); the IntentClassifier port of engine/runtime. */
export async function trainIntentClassifier(
  intents: readonly Intent[],
  language: string,
): Promise<TrainedIntentClassifier> {
  const key = intentsHash(intents, language);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const trained = buildIntentClassifier(intents, language);
  cache.set(key, trained);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return trained;
}
