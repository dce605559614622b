// Keeps the canvas on the block the bot is at while the simulator runs (when "Follow" is on).
import { useEffect } from 'react';
import { useProject, useProjectStore } from '../state/project-store';

export function useFollowBot(): void {
  const store = useProjectStore();
  const current = useProject((s) => s.simCurrent);
  const follow = useProject((s) => s.simFollow);
  useEffect(() => {
    if (!follow || !current) return;
    // The chat answers first: the canvas moves (and mounts the blocks around) in the task after the
    // frame that paints the reply, and a bot passing several blocks before then moves it once.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => store.getState().revealBlock(current), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [current, follow, store]);
}
