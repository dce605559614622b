// The flag left of the project's start block (Chatlayer's Introduction) on the canvas, at the full and the
// simple levels of detail: where every conversation begins. The other default blocks (Not understood, Error
// occurred, Offloading …) and the start block's role are named in the header's badge (BlockFrame.tsx).
import { Play } from 'lucide-react';

/** `isStart` from the node's own store subscription (the flag subscribes to nothing). */
export function StartFlag({ id, isStart }: { id: string; isStart: boolean }) {
  if (!isStart) return null;
  return (
    <span
      className="start-flag"
      data-testid={`start-${id}`}
      title="Conversations start here: the project's start block (set in Settings, or Set as start block in a block's menu)"
    >
      <Play aria-hidden />
      Start
    </span>
  );
}
