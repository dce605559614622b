// The canvas's one pop-up menu (the connection-drop menu, ConnectMenu.tsx, and the context menus of
// blocks, edges and the pane, use-context-menu.tsx): a WAI-ARIA menu of buttons, each with its shortcut.
// The first enabled item takes the focus; arrows, Home and End move, Enter or a click picks, Escape, Tab
// or a click elsewhere closes it, and the focus then goes back where it came from.
import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  /** The shortcut, as shown to the user (from the shortcut table). */
  keys?: string;
  disabled?: boolean;
  /** Why the item is disabled, or what it does: the tooltip. */
  hint?: string;
  testId?: string;
  style?: CSSProperties;
  className?: string;
  onSelect(): void;
}

/** A titled group of items; groups after the first are separated by a line. */
export interface MenuGroup {
  title?: string;
  items: MenuItem[];
}

const WIDTH = 240;
const ITEM_HEIGHT = 28;
const TITLE_HEIGHT = 24;
const GROUP_GAP = 9;

export function CanvasMenu({
  at,
  label,
  groups,
  testId,
  width = WIDTH,
  onClose,
}: {
  /** Where the menu opens, in the window's pixels (it stays inside the window). */
  at: { x: number; y: number };
  label: string;
  groups: MenuGroup[];
  testId: string;
  width?: number;
  /** Closing without a pick: Escape or Tab (the focus should go back), or the focus left it (a click elsewhere). */
  onClose(reason: 'key' | 'blur'): void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
  }, []);
  // Items, group titles, the lines between groups, the padding: the whole menu when the window has room.
  const full = groups.reduce(
    (h, g, i) => h + g.items.length * ITEM_HEIGHT + (g.title ? TITLE_HEIGHT : 0) + (i ? GROUP_GAP : 0),
    12,
  );
  const height = Math.min(full, window.innerHeight - 8);
  const left = Math.max(4, Math.min(at.x, window.innerWidth - width - 4));
  const top = Math.max(4, Math.min(at.y, window.innerHeight - height - 4));

  const onKeyDown = (e: KeyboardEvent) => {
    const items = [
      ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []),
    ];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    // The canvas's shortcuts (digits add blocks, Delete deletes) stay out of the menu.
    e.stopPropagation();
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      return onClose('key');
    }
    const to = new Map([
      ['ArrowDown', i + 1],
      ['ArrowUp', i < 0 ? -1 : i - 1],
      ['Home', 0],
      ['End', items.length - 1],
    ]).get(e.key);
    if (to === undefined) return;
    e.preventDefault();
    items[(to + items.length) % items.length]?.focus();
  };
  return (
    <div
      ref={menu}
      className="connect-menu canvas-menu nodrag nowheel"
      role="menu"
      aria-label={label}
      data-testid={testId}
      style={{ left, top, width, maxHeight: height }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
      onBlur={(e) => {
        if (!menu.current?.contains(e.relatedTarget as Node | null)) onClose('blur');
      }}
    >
      {groups.map((group, g) => (
        <div
          key={g}
          role="group"
          aria-label={group.title}
          className={g > 0 ? 'canvas-menu-group' : undefined}
        >
          {group.title && (
            <p className="connect-menu-title" aria-hidden>
              {group.title}
            </p>
          )}
          {group.items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              className={`connect-menu-item${item.className ? ` ${item.className}` : ''}`}
              style={{ ...item.style, height: ITEM_HEIGHT }}
              disabled={item.disabled}
              title={item.hint}
              aria-keyshortcuts={item.keys ? ariaKeys(item.keys) : undefined}
              data-testid={item.testId}
              onClick={item.onSelect}
            >
              <span className="canvas-menu-label">{item.label}</span>
              {item.keys && (
                <kbd className="canvas-menu-keys" aria-hidden>
                  {item.keys}
                </kbd>
              )}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}

/** "Ctrl+C / Delete" as aria-keyshortcuts wants it: "Control+C Delete". */
function ariaKeys(keys: string): string {
  return keys
    .split(' / ')
    .map((k) => k.replace(/\bCtrl\b/g, 'Control').replace(/\bCmd\b/g, 'Meta'))
    .join(' ');
}
