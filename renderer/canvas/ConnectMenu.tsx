// The menu a connection dropped on empty canvas opens (connect-gestures.ts): the palette's block kinds;
// the chosen one is created at the drop point with the dragged exit leading to it. The canvas's one menu
// (CanvasMenu.tsx): arrows move, Enter picks, Escape or a click elsewhere closes it.
import type { BlockType } from '../../engine/model';
import { blockColorStyle } from '../blocks/block-ui';
import { CanvasMenu } from './CanvasMenu';
import { PALETTE } from './Palette';

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
  return (
    <CanvasMenu
      at={at}
      label="Create a block here, connected"
      testId="connect-menu"
      width={200}
      onClose={onClose}
      groups={[
        {
          title: 'New block here',
          items: PALETTE.map((item) => ({
            label: item.label,
            hint: item.hint,
            style: blockColorStyle(item.type),
            className: 'is-kind',
            testId: `connect-menu-${item.type}`,
            onSelect: () => onPick(item.type),
          })),
        },
      ]}
    />
  );
}
