// Keeps the canvas on the block the bot is at while the simulator runs (when "Follow" is on).
import { useEffect } from 'react';
import { useProject, useProjectStore } from '../state/project-store';

export function useFollowBot(): void {
  const store = useProjectStore();
  const current = useProject((s) => s.simCurrent);
  const follow = useProject((s) => s.simFollow);
  useEffect(() => {
    if (follow && current) store.getState().revealBlock(current);
  }, [current, follow, store]);
}
