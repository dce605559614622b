// Horizontal overflow in a panel: the elements whose content is wider than their box (scrollWidth beyond
// clientWidth) or that stick out past the panel's right edge. Not counted: what a control scrolls inside
// itself (the text of an input, a textarea, a select) and text clipped on purpose with an ellipsis.
// The panel is its body (`.panel-body`): what the designer scrolls.
import type { Page } from '@playwright/test';

export interface Overflow {
  /** tag.class[data-testid] of the element, for the failure message. */
  element: string;
  scrollWidth: number;
  clientWidth: number;
  /** How far it reaches past the panel's right edge, in pixels (0 when inside). */
  beyond: number;
}

export async function horizontalOverflow(page: Page, panelTestId: string): Promise<Overflow[]> {
  return page.evaluate((testId) => {
    // The panel's content: its splitter straddles the panel's edge on purpose.
    const panel = document.querySelector<HTMLElement>(`[data-testid="${testId}"] .panel-body`);
    if (!panel) throw new Error(`no panel ${testId}`);
    const right = panel.getBoundingClientRect().right;
    const describe = (el: HTMLElement) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}`;
    const out: {
      element: string;
      scrollWidth: number;
      clientWidth: number;
      beyond: number;
    }[] = [];
    for (const el of [panel, ...panel.querySelectorAll<HTMLElement>('*')]) {
      if (!(el instanceof HTMLElement) || el.offsetParent === null) continue;
      if (['INPUT', 'TEXTAREA', 'SELECT', 'OPTION'].includes(el.tagName)) continue;
      const style = getComputedStyle(el);
      const clipped = style.textOverflow === 'ellipsis' && style.overflowX !== 'visible';
      const beyond = Math.max(0, Math.round(el.getBoundingClientRect().right - right));
      const wider = el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && !clipped;
      if (wider || beyond > 1)
        out.push({ element: describe(el), scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, beyond });
    }
    return out;
  }, panelTestId);
}
