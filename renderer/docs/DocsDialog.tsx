// Help › Documentation (the title bar's book button, or the Electron menu): the README and docs/*.md
// shipped with the app, read from disk by the host and shown here, with the pages listed on the left.
// Links between pages (and to their headings) stay in the view; nothing is fetched from the web.
import { useCallback, useEffect, useRef, useState } from 'react';
import { X } from 'lucide-react';
import { useModalFocus } from '../ui/use-modal-focus';
import type { DocsAnswer } from '../../electron/api';
import { loadDocsPage } from './docs-controller';
import { renderMarkdown, slug } from './markdown';
import '../ui/modal-card.css';
import './docs.css';

/** Resolves a link of page `from` (`docs/chatlayer.md#traffic`, `../README.md`, `#traffic`) to a page path and anchor. */
export function resolveLink(from: string, href: string): { path: string; anchor: string } {
  const [file, anchor = ''] = href.split('#');
  if (!file) return { path: from, anchor };
  const parts = from.split('/').slice(0, -1);
  for (const part of file.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return { path: parts.join('/'), anchor };
}

export function DocsDialog({ onClose }: { onClose: () => void }) {
  const [page, setPage] = useState<DocsAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [anchor, setAnchor] = useState('');
  const body = useRef<HTMLDivElement>(null);
  const card = useModalFocus(onClose);

  const open = useCallback((path?: string, to = '') => {
    loadDocsPage(path).then(
      (answer) => {
        setPage(answer);
        setError(null);
        setAnchor(to);
      },
      (e: Error) => setError(e.message),
    );
  }, []);
  useEffect(() => open(), [open]);
  useEffect(() => {
    const target = anchor ? document.getElementById(slug(anchor)) : null;
    if (target) target.scrollIntoView?.();
    else body.current?.scrollTo?.(0, 0);
  }, [page, anchor]);

  const follow = (href: string) => {
    if (!page) return;
    const { path, anchor: to } = resolveLink(page.path, href);
    if (path === page.path) setAnchor(to);
    else if (page.pages.some((p) => p.path === path)) open(path, to);
    else setError(`The link "${href}" leads outside the documentation shipped with the app.`);
  };

  return (
    <div
      className="overlay docs-overlay"
      role="dialog"
      aria-modal
      aria-label="Documentation"
      data-testid="docs-dialog"
    >
      <div className="modal-card docs-card" ref={card} tabIndex={-1}>
        <header className="modal-card-header docs-header">
          <h3>Documentation</h3>
          <button
            type="button"
            className="icon-button"
            onClick={onClose}
            aria-label="Close"
            data-testid="docs-close"
          >
            <X aria-hidden />
          </button>
        </header>
        <div className="docs-body">
          <nav className="docs-nav" aria-label="Documentation pages">
            {page?.pages.map((p) => (
              <button
                key={p.path}
                type="button"
                className={p.path === page.path ? 'active' : undefined}
                aria-current={p.path === page.path ? 'page' : undefined}
                onClick={() => open(p.path)}
                title={p.path}
              >
                {p.title}
              </button>
            ))}
          </nav>
          <article className="docs-page" ref={body} data-testid="docs-page" data-path={page?.path}>
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
            {page ? renderMarkdown(page.markdown, follow) : !error && <p className="muted">Loading…</p>}
          </article>
        </div>
      </div>
    </div>
  );
}
