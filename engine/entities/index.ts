// Public surface of engine/entities: system and custom entity extraction (docs/file-format.md#entities).
export {
  extractEntities,
  entityVariables,
  recognisedEntitiesForNlp,
  MAX_EXTRACTION_LENGTH,
  type ExtractOptions,
} from './extract';
export { extractValue, type ExtractedValue } from './extract-value';
export { compileEntities, compileEntity, similarity } from './custom';
export { normalisePhone, phoneRegion } from './contact';
export { isoOfChatlayerDate } from './dates';
export { entityLanguage, type RecognisedEntity } from './recognised';
export { wordNumbers, numberWord, type EntityLanguage } from './number-words';
