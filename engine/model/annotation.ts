// Canvas annotations (docs/file-format.md#notes-and-frames): sticky notes and titled frames. They belong
// to the design only: the runtime never reads them and the Chatlayer export leaves them out.
import { z } from 'zod';
import { BlockId, FlowId, Position } from './ids';

/** The colours a note or frame may take; the canvas maps each to its theme's tint. */
export const ANNOTATION_COLORS = ['yellow', 'blue', 'green', 'pink', 'grey'] as const;
export const AnnotationColor = z.enum(ANNOTATION_COLORS);
export type AnnotationColor = z.infer<typeof AnnotationColor>;

export const Size = z.strictObject({
  width: z.number().min(40, 'must be at least 40 wide').max(100_000),
  height: z.number().min(40, 'must be at least 40 high').max(100_000),
});
export type Size = z.infer<typeof Size>;

const annotationBase = {
  /** Unique among the project's notes and frames (the block ids are another namespace). */
  id: BlockId,
  /** The flow whose canvas shows it. */
  flow: FlowId,
  /** Top-left corner, in flow units. */
  position: Position,
  color: AnnotationColor.optional(),
};

export const NOTE_SIZE: Size = { width: 220, height: 140 };

export const Note = z.strictObject({
  ...annotationBase,
  text: z.string().max(10_000, 'a note holds at most 10,000 characters'),
  /** Defaults to 220 × 140. */
  size: Size.optional(),
});
export type Note = z.infer<typeof Note>;

export const Frame = z.strictObject({
  ...annotationBase,
  title: z.string().max(200, 'a frame title holds at most 200 characters'),
  size: Size,
});
export type Frame = z.infer<typeof Frame>;

export type Annotation = ({ kind: 'note' } & Note) | ({ kind: 'frame' } & Frame);

/** Both lists must not share an id: commands and the canvas address either by id. */
export function annotationIdsUnique(notes: readonly Note[], frames: readonly Frame[]): string | undefined {
  const seen = new Set<string>();
  for (const a of [...notes, ...frames]) {
    if (seen.has(a.id)) return a.id;
    seen.add(a.id);
  }
  return undefined;
}

export const noteSize = (note: Note): Size => note.size ?? NOTE_SIZE;

/** Whether a point lies inside a frame (edges included): what a frame carries when it moves. */
export function frameContains(frame: Frame, p: Position): boolean {
  return (
    p.x >= frame.position.x &&
    p.y >= frame.position.y &&
    p.x <= frame.position.x + frame.size.width &&
    p.y <= frame.position.y + frame.size.height
  );
}

/** Where a block without a stored position is drawn: the canvas's grid, in flow order. */
export function defaultBlockPosition(index: number): Position {
  return { x: (index % 6) * 300, y: Math.floor(index / 6) * 260 };
}

/** What a frame carries when it moves: blocks and notes whose top-left corner is inside, frames wholly inside. */
export interface FrameContents {
  /** Block id → its current position. */
  blocks: Map<string, Position>;
  notes: Note[];
  frames: Frame[];
}

export function frameContents(
  frame: Frame,
  blocks: readonly { id: string; position?: Position }[],
  notes: readonly Note[],
  frames: readonly Frame[],
): FrameContents {
  const out: FrameContents = { blocks: new Map(), notes: [], frames: [] };
  blocks.forEach((b, i) => {
    const p = b.position ?? defaultBlockPosition(i);
    if (frameContains(frame, p)) out.blocks.set(b.id, p);
  });
  for (const n of notes) if (n.flow === frame.flow && frameContains(frame, n.position)) out.notes.push(n);
  for (const f of frames)
    if (
      f !== frame &&
      f.id !== frame.id &&
      f.flow === frame.flow &&
      frameContains(frame, f.position) &&
      frameContains(frame, { x: f.position.x + f.size.width, y: f.position.y + f.size.height })
    )
      out.frames.push(f);
  return out;
}
