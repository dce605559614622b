// Public surface of engine/template: `{path}` rendering with filters, JSON rendering, path helpers.
export { renderTemplate, renderJson, renderUrlTemplate, type RenderJsonOptions } from './render-template';
export {
  parseTemplate,
  templateExpressionProblems,
  templateFunctions,
  templateUses,
  templateVariables,
  type ExpressionPart,
  type InvalidExpressionPart,
  type Placeholder,
  type TemplatePart,
} from './parse-template';
export * from './expression';
export {
  BUILTIN_VARIABLES,
  isReadOnlyPath,
  type BuiltinVariable,
  type TemplateScope,
  type TemplateWarning,
  type TemplateWarningCode,
} from './template-scope';
export {
  FILTER_NAMES,
  applyFilter,
  isFilterName,
  valueText,
  type FilterName,
  type FilterResult,
} from './filters';
export { pathSegments, readPath, readSegments } from './variable-path';
export { NOT_TEMPLATED_KEYS, forEachTemplatedString } from './templated-fields';
