// Keeps the canvas on the block the bot is at while the simulator runs (when "Follow" is on).
import { useEffect } from 'react';
import { useProject, useProjectStore } from '../state/project-store';

export function useFollowBot(): void {
  const store = useProjectStore();
  const current = useProject((s) => s.simCurrent);
  const follow = useProject((s) => s.simFollow);
  useEffect(() => {
    if (!follow || !current) return;
    // The chat answers first: the canvas moves (and mounts the blocks around) once the frame with the
    // reply is on screen, two frames on (its raster and the canvas' render would share the CPU), and
    // a bot passing several blocks before then moves it once.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => store.getState().revealBlock(current), 0);
      });
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [current, follow, store]);
}
