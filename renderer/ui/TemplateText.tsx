// Text with its `{variable}` placeholders highlighted (docs/file-format.md#templates); `\{` stays a literal brace.
import { Fragment } from 'react';

/** Splits a template into plain runs and `{path|filter}` placeholders. */
export function templateParts(text: string): { text: string; variable: boolean }[] {
  const parts: { text: string; variable: boolean }[] = [];
  const re = /(?<!\\)\{[^{}\s]+\}/g;
  let last = 0;
  for (let m; (m = re.exec(text));) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), variable: false });
    parts.push({ text: m[0], variable: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), variable: false });
  return parts;
}

export function TemplateText({ text }: { text: string }) {
  return (
    <>
      {templateParts(text).map((p, i) =>
        p.variable ? (
          <mark key={i} className="template-var">
            {p.text}
          </mark>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
