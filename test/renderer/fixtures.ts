// Projects for the renderer's tests, built from plain data (the engine's builders are not needed here).
import type { Block, Project } from '../../engine/model';

export function project(blocks: Block[], more: Partial<Project> = {}): Project {
  return {
    format: 'botloom/1',
    name: 'Test bot',
    language: 'en',
    startBlock: blocks[0]?.id ?? 'welcome',
    variables: [],
    intents: [],
    flows: [{ id: 'main', name: 'Main', blocks }],
    tests: [],
    mocks: [],
    ...more,
  };
}

export const message = (id: string, text: string, more: Partial<Block> = {}): Block =>
  ({ id, type: 'message', messages: [{ kind: 'text', text }], position: { x: 0, y: 0 }, ...more }) as Block;

/** A grid of message blocks chained by `next` (the shape the canvas benchmark uses). */
export function gridProject(count: number, columns = 60, dx = 320, dy = 240): Project {
  const blocks: Block[] = [];
  for (let i = 0; i < count; i++)
    blocks.push({
      id: `b${i}`,
      type: 'message',
      messages: [{ kind: 'text', text: `Message ${i}` }],
      position: { x: (i % columns) * dx, y: Math.floor(i / columns) * dy },
      ...(i + 1 < count ? { next: `b${i + 1}` } : {}),
    });
  return project(blocks);
}
