// The minimap: every block of the flow (not only the mounted ones) drawn once into a canvas, with the
// viewport as a frame on top; click or drag in it to move the view there.
import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { selectActiveFlow, useProject } from '../state/project-store';
import { NODE_WIDTH, nodeHeight } from './block-geometry';
import { flowGraph } from './flow-graph';

const W = 200;
const H = 140;

export function FlowMinimap() {
  const flow = useProject(selectActiveFlow);
  const graph = useMemo(() => flowGraph(flow), [flow]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const rf = useReactFlow();
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const paneW = useStore((s) => s.width);
  const paneH = useStore((s) => s.height);

  const bounds = useMemo(() => {
    let x0 = 0,
      y0 = 0,
      x1 = 1000,
      y1 = 700;
    let first = true;
    for (const [id, p] of graph.positions) {
      const h = nodeHeight(graph.displays.get(id)!);
      if (first) [x0, y0, x1, y1, first] = [p.x, p.y, p.x + NODE_WIDTH, p.y + h, false];
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x + NODE_WIDTH);
      y1 = Math.max(y1, p.y + h);
    }
    const pad = 100;
    const scale = Math.min(W / (x1 - x0 + 2 * pad), H / (y1 - y0 + 2 * pad));
    return { x0: x0 - pad, y0: y0 - pad, scale };
  }, [graph]);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, W, H);
    ctx.fillStyle = 'rgba(100, 116, 139, 0.7)';
    for (const [id, p] of graph.positions)
      ctx.fillRect(
        (p.x - bounds.x0) * bounds.scale,
        (p.y - bounds.y0) * bounds.scale,
        Math.max(1, NODE_WIDTH * bounds.scale),
        Math.max(1, nodeHeight(graph.displays.get(id)!) * bounds.scale),
      );
  }, [graph, bounds]);

  const view = {
    left: (-tx / zoom - bounds.x0) * bounds.scale,
    top: (-ty / zoom - bounds.y0) * bounds.scale,
    width: (paneW / zoom) * bounds.scale,
    height: (paneH / zoom) * bounds.scale,
  };
  const moveTo = (e: PointerEvent<HTMLDivElement>) => {
    if (e.buttons !== 1 && e.type !== 'pointerdown') return;
    const r = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - r.left) / bounds.scale + bounds.x0;
    const y = (e.clientY - r.top) / bounds.scale + bounds.y0;
    void rf.setViewport({ x: paneW / 2 - x * zoom, y: paneH / 2 - y * zoom, zoom });
  };
  return (
    <div
      className="flow-minimap"
      style={{ width: W, height: H }}
      onPointerDown={moveTo}
      onPointerMove={moveTo}
      data-testid="minimap"
      role="img"
      aria-label="Minimap: click or drag to move the view"
    >
      <canvas ref={canvas} width={W} height={H} />
      <div className="minimap-view" style={view} />
    </div>
  );
}
