// Types for the parts of NLP.js (plain CommonJS, no typings of its own) that engine/nlp uses.
declare module '@nlpjs/neural' {
  export interface NeuralSample {
    input: Record<string, number>;
    output: Record<string, number>;
  }
  export class NeuralNetwork {
    constructor(settings?: { iterations?: number; errorThresh?: number; log?: boolean });
    train(corpus: NeuralSample[]): { iterations: number; error: number };
    run(input: Record<string, number>): Record<string, number> | undefined;
  }
  const neural: { NeuralNetwork: typeof NeuralNetwork };
  export default neural;
}

declare module '@nlpjs/similarity' {
  export class SpellCheck {
    constructor(settings?: { features?: Record<string, number>; minLength?: number });
    checkToken(token: string, distance: number): string;
  }
  const similarity: { SpellCheck: typeof SpellCheck };
  export default similarity;
}

interface NlpjsStemmer {
  tokenizeAndStem(text: string, keepStops?: boolean): string[];
}
type NlpjsStemmerClass = new () => NlpjsStemmer;
type NlpjsStopwordsClass = new () => { dictionary: Record<string, boolean> };
declare module '@nlpjs/lang-en-min' {
  const lang: { StemmerEn: NlpjsStemmerClass; StopwordsEn: NlpjsStopwordsClass };
  export default lang;
}
declare module '@nlpjs/lang-nl' {
  const lang: { StemmerNl: NlpjsStemmerClass; StopwordsNl: NlpjsStopwordsClass };
  export default lang;
}
declare module '@nlpjs/lang-fr' {
  const lang: { StemmerFr: NlpjsStemmerClass; StopwordsFr: NlpjsStopwordsClass };
  export default lang;
}
declare module '@nlpjs/lang-de' {
  const lang: { StemmerDe: NlpjsStemmerClass; StopwordsDe: NlpjsStopwordsClass };
  export default lang;
}
