// A small Markdown renderer for the documentation shipped with the app (README.md, docs/*.md): headings
// (with GitHub's anchors), paragraphs, lists, block quotes, fenced code, tables, rules, and inline code,
// bold, italics, links and images (shown as their text: no network). It builds React elements (never
// HTML strings), so nothing in a page runs. Links to other pages call `onLink`.
import { Fragment, type ReactNode } from 'react';

export type LinkHandler = (href: string) => void;

/** GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

const INLINE =
  /(`+)([\s\S]*?)\1|!\[([^\]]*)\]\(([^)\s]*)[^)]*\)|\[([^\]]+)\]\(([^)\s]*)[^)]*\)|\*\*([^*]+)\*\*|(?<![\w])_([^_]+)_(?![\w])|\*([^*\s][^*]*)\*/g;

export function inline(text: string, onLink: LinkHandler): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const key = out.length;
    if (m[1]) out.push(<code key={key}>{m[2]!.trim()}</code>);
    else if (m[4] !== undefined)
      out.push(
        <span key={key} className="docs-image">
          [{m[3] || 'image'}]
        </span>,
      );
    else if (m[6] !== undefined) {
      const href = m[6];
      out.push(
        <a
          key={key}
          href={href}
          onClick={(e) => {
            if (/^[a-z]+:/i.test(href)) return; // a web address: the host decides (a browser, never this window)
            e.preventDefault();
            onLink(href);
          }}
          {...(/^[a-z]+:/i.test(href) ? { target: '_blank', rel: 'noreferrer' } : {})}
        >
          {inline(m[5]!, onLink)}
        </a>,
      );
    } else if (m[7] !== undefined) out.push(<strong key={key}>{inline(m[7], onLink)}</strong>);
    else out.push(<em key={key}>{inline((m[8] ?? m[9])!, onLink)}</em>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
const isBlockStart = (line: string) =>
  /^(#{1,6}\s|```|>|\s*([-*+]|\d+[.)])\s|\|)/.test(line) || /^\s*---+\s*$/.test(line);

/** Renders a Markdown page as React elements. */
export function renderMarkdown(markdown: string, onLink: LinkHandler): ReactNode[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: ReactNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const key = out.length;
    if (line.trim() === '') {
      i++;
    } else if (line.startsWith('```')) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
      i++;
      out.push(
        <pre key={key}>
          <code>{body.join('\n')}</code>
        </pre>,
      );
    } else if (/^#{1,6}\s/.test(line)) {
      const level = /^#+/.exec(line)![0].length;
      const text = line.slice(level).trim();
      const Tag = `h${Math.min(level + 1, 6)}` as 'h2';
      out.push(
        <Tag key={key} id={slug(text)}>
          {inline(text, onLink)}
        </Tag>,
      );
      i++;
    } else if (/^\s*---+\s*$/.test(line)) {
      out.push(<hr key={key} />);
      i++;
    } else if (line.startsWith('|') && /^\|?[\s:|-]+\|?$/.test(lines[i + 1] ?? '')) {
      const head = cells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && lines[i]!.trim().startsWith('|'); i++) rows.push(cells(lines[i]!));
      out.push(
        <div key={key} className="docs-table">
          <table>
            <thead>
              <tr>
                {head.map((c, j) => (
                  <th key={j}>{inline(c, onLink)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, k) => (
                <tr key={k}>
                  {r.map((c, j) => (
                    <td key={j}>{inline(c, onLink)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>,
      );
    } else if (line.startsWith('>')) {
      const body: string[] = [];
      for (; i < lines.length && lines[i]!.startsWith('>'); i++) body.push(lines[i]!.replace(/^>\s?/, ''));
      out.push(<blockquote key={key}>{renderMarkdown(body.join('\n'), onLink)}</blockquote>);
    } else if (LIST_ITEM.test(line)) {
      const ordered = /^\s*\d/.test(line);
      const items: string[] = [];
      for (; i < lines.length; i++) {
        const l = lines[i]!;
        const item = LIST_ITEM.exec(l);
        if (item && item[1]!.length < 2) items.push(item[3]!);
        else if (l.trim() !== '' && (/^\s/.test(l) || !isBlockStart(l)) && items.length)
          items[items.length - 1] += `\n${l.trim()}`;
        else if (l.trim() === '' && /^\s+\S/.test(lines[i + 1] ?? '')) items[items.length - 1] += '\n';
        else break;
      }
      const List = ordered ? 'ol' : 'ul';
      out.push(
        <List key={key}>
          {items.map((item, k) => (
            <li key={k}>{inline(item.replace(/\n+/g, ' '), onLink)}</li>
          ))}
        </List>,
      );
    } else {
      const body: string[] = [];
      for (
        ;
        i < lines.length && lines[i]!.trim() !== '' && (body.length === 0 || !isBlockStart(lines[i]!));
        i++
      )
        body.push(lines[i]!.trim());
      out.push(<p key={key}>{inline(body.join(' '), onLink)}</p>);
    }
  }
  return out.map((node, k) => <Fragment key={k}>{node}</Fragment>);
}
