// Search over every block of the project (id, name and any text it holds: messages, code, URLs,
// variables), and over the notes (text) and frames (title) of the canvas.
import type { Block, Project } from '../../engine/model';

export interface SearchHit {
  blockId: string;
  flowId: string;
  title: string;
  /** Where the query matched: 'id', 'name' or a snippet of text. */
  match: string;
}

/** Keys whose values are ids or enums, not text a designer would search for. */
const NOT_TEXT = new Set([
  'position',
  'id',
  'name',
  'type',
  'kind',
  'next',
  'goTo',
  'else',
  'onError',
  'onFail',
  'noAnswer',
  'op',
  'method',
]);

function texts(block: Block): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (!NOT_TEXT.has(k)) walk(x);
  };
  walk(block);
  return out;
}

export function searchBlocks(project: Project, query: string, limit = 50): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const ranked: { hit: SearchHit; rank: number }[] = [];
  for (const flow of project.flows)
    for (const block of flow.blocks) {
      const title = block.name || block.id;
      const id = block.id.toLowerCase();
      if (id === q) ranked.push({ hit: { blockId: block.id, flowId: flow.id, title, match: 'id' }, rank: 0 });
      else if (id.includes(q))
        ranked.push({ hit: { blockId: block.id, flowId: flow.id, title, match: 'id' }, rank: 1 });
      else if (block.name?.toLowerCase().includes(q))
        ranked.push({ hit: { blockId: block.id, flowId: flow.id, title, match: 'name' }, rank: 2 });
      else {
        const text = texts(block).find((t) => t.toLowerCase().includes(q));
        if (text !== undefined) {
          const at = text.toLowerCase().indexOf(q);
          ranked.push({
            hit: {
              blockId: block.id,
              flowId: flow.id,
              title,
              match: text.slice(Math.max(0, at - 20), at + q.length + 30),
            },
            rank: 3,
          });
        }
      }
    }
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((r) => r.hit);
}

/** A note or frame found by its text or title. */
export interface AnnotationHit {
  kind: 'note' | 'frame';
  id: string;
  flowId: string;
  title: string;
  match: string;
}

/** Notes by their text and frames by their title, in any flow (the canvas search lists them after blocks). */
export function searchAnnotations(project: Project, query: string, limit = 20): AnnotationHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: AnnotationHit[] = [];
  for (const frame of project.frames ?? [])
    if (frame.title.toLowerCase().includes(q) || frame.id.toLowerCase() === q)
      hits.push({
        kind: 'frame',
        id: frame.id,
        flowId: frame.flow,
        title: frame.title || frame.id,
        match: 'title',
      });
  for (const note of project.notes ?? []) {
    const at = note.text.toLowerCase().indexOf(q);
    if (at < 0 && note.id.toLowerCase() !== q) continue;
    const firstLine = note.text.split('\n')[0]!.slice(0, 40) || note.id;
    hits.push({
      kind: 'note',
      id: note.id,
      flowId: note.flow,
      title: firstLine,
      match: at < 0 ? 'id' : note.text.slice(Math.max(0, at - 20), at + q.length + 30),
    });
  }
  return hits.slice(0, limit);
}
