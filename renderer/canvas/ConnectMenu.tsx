// The menu a connection dropped on empty canvas opens (connect-gestures.ts): the palette's block kinds;
// the chosen one is created at the drop point with the dragged exit leading to it. Arrows move, Enter
// picks, Escape or a click elsewhere closes it.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { BlockType } from '../../engine/model';
import { blockColorStyle } from '../blocks/block-ui';
import { PALETTE } from './Palette';

const WIDTH = 200;
const ITEM_HEIGHT = 28;

export function ConnectMenu({
  at,
  onPick,
  onClose,
}: {
  /** Where the connection was dropped, in the window's pixels (the menu stays inside the window). */
  at: { x: number; y: number };
  onPick(type: BlockType): void;
  onClose(): void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, []);
  const height = Math.min(PALETTE.length * ITEM_HEIGHT + 34, window.innerHeight - 8);
  const left = Math.max(4, Math.min(at.x, window.innerWidth - WIDTH - 4));
  const top = Math.max(4, Math.min(at.y, window.innerHeight - height - 4));

  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const move = (j: number) => items[(j + items.length) % items.length]?.focus();
    // The canvas's shortcuts (digits add blocks, Delete deletes) stay out of the menu.
    e.stopPropagation();
    if (e.key === 'Escape' || e.key === 'Tab') return onClose();
    const to = new Map([
      ['ArrowDown', i + 1],
      ['ArrowUp', i - 1],
      ['Home', 0],
      ['End', items.length - 1],
    ]).get(e.key);
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };
  return (
    <div
      ref={menu}
      className="connect-menu nodrag nowheel"
      role="menu"
      aria-label="Create a block here, connected"
      data-testid="connect-menu"
      style={{ left, top, width: WIDTH, maxHeight: height }}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!menu.current?.contains(e.relatedTarget as Node | null)) onClose();
      }}
    >
      <p className="connect-menu-title">New block here</p>
      {PALETTE.map((item) => (
        <button
          key={item.type}
          type="button"
          role="menuitem"
          className="connect-menu-item"
          style={{ ...blockColorStyle(item.type), height: ITEM_HEIGHT }}
          data-testid={`connect-menu-${item.type}`}
          title={item.hint}
          onClick={() => onPick(item.type)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
