// Renders templates (docs/file-format.md#templates): `{path}` and filters in text, and JSON values whose string leaves are
// templates; a string that is exactly one `{path}` keeps the value's JSON type in JSON contexts.
import { SECRET_PLACEHOLDER, type Json } from '../model';
import { EvaluationError, evaluateExpression } from './expression';
import { applyFilter, isFilterName, valueText } from './filters';
import { parseTemplate, type Placeholder, type TemplatePart } from './parse-template';
import { BUILTIN_VARIABLES, type TemplateScope } from './template-scope';
import { pathSegments, readSegments } from './variable-path';

const builtinNames: ReadonlySet<string> = new Set(BUILTIN_VARIABLES);

function read(path: string, scope: TemplateScope): unknown {
  const segments = pathSegments(path);
  if (segments[0] === 'secrets' && segments.length === 2) {
    const value = scope.secret?.(segments[1]!);
    if (value === undefined) {
      scope.warn?.({ code: 'template-missing-secret', message: `secret ${segments[1]} is not set`, path });
      return scope.secrets === 'reveal' ? undefined : SECRET_PLACEHOLDER;
    }
    if (scope.secrets !== 'reveal') return SECRET_PLACEHOLDER;
    scope.onSecret?.(value);
    return value;
  }
  return builtinNames.has(path)
    ? scope.builtins?.[path as keyof TemplateScope['builtins']]
    : readSegments(scope.session, segments);
}

function lookup(placeholder: Placeholder, scope: TemplateScope): unknown {
  const { path } = placeholder;
  let value = read(path, scope);
  if (value === undefined && !placeholder.filters.includes('increment'))
    scope.warn?.({ code: 'template-missing-value', message: `{${path}} has no value`, path });
  for (const filter of placeholder.filters) {
    if (!isFilterName(filter)) {
      scope.warn?.({
        code: 'template-unknown-filter',
        message: `unknown filter "${filter}" in {${path}|…}`,
        path,
      });
      continue;
    }
    const result = applyFilter(filter, value);
    if (result.ok) value = result.value;
    else
      scope.warn?.({
        code: 'template-filter-failed',
        message: `{${path}|${filter}}: ${result.message}`,
        path,
      });
  }
  return value;
}

/** An expression's value (docs/expressions.md); a failure is a warning and no value. */
function evaluate(part: Exclude<TemplatePart, string | Placeholder>, scope: TemplateScope): unknown {
  if (part.kind === 'invalid-expression') {
    scope.warn?.({
      code: 'template-expression-invalid',
      message: `${part.source} is not a valid expression: ${part.message}; it is shown as written`,
      path: part.source,
    });
    return part.source;
  }
  try {
    return evaluateExpression(part.expr, {
      read: (path) => {
        const value = read(path, scope);
        if (value === undefined)
          scope.warn?.({
            code: 'template-missing-value',
            message: `${path} in ${part.source} has no value`,
            path,
          });
        return value;
      },
      now: scope.now ?? (() => Date.now()),
    });
  } catch (e) {
    if (!(e instanceof EvaluationError)) throw e;
    scope.warn?.({
      code: 'template-expression-failed',
      message: `${part.source}: ${e.message}`,
      path: part.source,
    });
    return undefined;
  }
}

/** The value of one placeholder or expression. */
function partValue(part: Exclude<TemplatePart, string>, scope: TemplateScope): unknown {
  return 'kind' in part ? evaluate(part, scope) : lookup(part, scope);
}

/** Renders a template to text: objects/arrays as JSON, missing values as '' (with a warning). */
export function renderTemplate(text: string, scope: TemplateScope): string {
  const parts = parseTemplate(text, scope.expressions);
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part : valueText(partValue(part, scope));
  return out;
}

/**
 * Renders a URL template: a value inserted into the path or the query is percent-encoded as one
 * component (`../admin?x=` stays inside its segment); a placeholder that starts the URL, such as a
 * base URL variable, is inserted whole.
 */
export function renderUrlTemplate(text: string, scope: TemplateScope): string {
  const parts = parseTemplate(text, scope.expressions);
  let out = '';
  parts.forEach((part, i) => {
    if (typeof part === 'string') out += part;
    else {
      const value = valueText(partValue(part, scope));
      out += i === 0 ? value : encodeURIComponent(value);
    }
  });
  return out;
}

function toJson(value: unknown): Json {
  if (value === undefined) return '';
  return value as Json;
}

export interface RenderJsonOptions {
  /** Replace `{ "$block": id }` by the id (API query and body: Chatlayer's dialogstate values). */
  blockValues?: boolean;
}

/**
 * Renders a JSON value: string leaves are templates; a leaf that is exactly one `{path}` keeps the
 * value's type (a number stays a number); a missing value is ''. Returns a new value.
 */
export function renderJson(value: Json, scope: TemplateScope, options: RenderJsonOptions = {}): Json {
  if (typeof value === 'string') {
    const parts = parseTemplate(value, scope.expressions);
    if (parts.length === 1 && typeof parts[0] !== 'string')
      return structuredCloneJson(toJson(partValue(parts[0]!, scope)));
    return renderTemplate(value, scope);
  }
  if (Array.isArray(value)) return value.map((v) => renderJson(v, scope, options));
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (options.blockValues && keys.length === 1 && keys[0] === '$block' && typeof value.$block === 'string')
      return value.$block;
    const out: Record<string, Json> = {};
    // `__proto__` would set the copy's prototype instead of a key: dropped, like any prototype key from outside.
    for (const key of keys) if (key !== '__proto__') out[key] = renderJson(value[key]!, scope, options);
    return out;
  }
  return value;
}

/** Session values are copied out, so that later writes never alias them. */
function structuredCloneJson(value: Json): Json {
  return value !== null && typeof value === 'object' ? structuredClone(value) : value;
}
