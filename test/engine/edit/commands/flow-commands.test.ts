import { describe, expect, it } from 'vitest';
import { referencesIntoFlow } from '../../../../engine/edit';
import { apply, flowOf, pizzaProject, refuse } from '../fixtures';

describe('addFlow / renameFlow / deleteFlow', () => {
  it('adds an empty flow and refuses a taken flow id', () => {
    const { project } = apply(pizzaProject(), { type: 'addFlow', id: 'faq', name: 'FAQ', index: 1 });
    expect(project.flows.map((f) => f.id)).toEqual(['main', 'faq', 'support']);
    expect(refuse(project, { type: 'addFlow', id: 'faq', name: 'Again' }).code).toBe('id-taken');
  });

  it('renames a flow, changes its id and moves it, keeping its blocks', () => {
    const before = pizzaProject();
    const { project } = apply(before, {
      type: 'renameFlow',
      id: 'support',
      name: 'Help',
      newId: 'help',
      index: 0,
    });
    expect(project.flows.map((f) => [f.id, f.name])).toEqual([
      ['help', 'Help'],
      ['main', 'Main'],
    ]);
    expect(project.flows[0]!.blocks).toBe(before.flows[1]!.blocks);
    expect(refuse(project, { type: 'renameFlow', id: 'help', newId: 'main' }).code).toBe('id-taken');
  });

  it('refuses to delete a non-empty flow without the explicit flag', () => {
    expect(refuse(pizzaProject(), { type: 'deleteFlow', id: 'support' })).toMatchObject({
      code: 'flow-not-empty',
      path: ['deleteBlocks'],
    });
  });

  it('deletes a flow with its blocks when asked, reporting dangling references', () => {
    const { project, report } = apply(pizzaProject(), {
      type: 'deleteFlow',
      id: 'support',
      deleteBlocks: true,
    });
    expect(project.flows.map((f) => f.id)).toEqual(['main']);
    expect(report.dangling!.map((d) => d.target)).toContain('not_understood');
    expect(project.fallbackBlock).toBe('not_understood');
  });

  it('lists beforehand exactly the references the delete will leave dangling', () => {
    const before = pizzaProject();
    const preview = referencesIntoFlow(before, 'support');
    const { report } = apply(before, { type: 'deleteFlow', id: 'support', deleteBlocks: true });
    expect(preview).toEqual(report.dangling);
    expect(preview.length).toBeGreaterThan(0);
    // References among the flow's own blocks go with it; references out of it do not count.
    const inside = new Set(before.flows[1]!.blocks.map((b) => b.id));
    expect(preview.some((s) => s.path[0] === 'blocks' && inside.has(String(s.path[1])))).toBe(false);
    const main = new Set(before.flows[0]!.blocks.map((b) => b.id));
    expect(referencesIntoFlow(before, 'main').every((s) => main.has(s.target))).toBe(true);
    expect(referencesIntoFlow(before, 'nowhere')).toEqual([]);
  });

  it('refuses to delete the last flow', () => {
    const one = apply(pizzaProject(), { type: 'deleteFlow', id: 'support', deleteBlocks: true }).project;
    expect(refuse(one, { type: 'deleteFlow', id: 'main', deleteBlocks: true }).code).toBe('last-flow');
  });
});

describe('moveBlocksToFlow', () => {
  it('moves blocks together to the end of another flow, in the given order', () => {
    const { project } = apply(pizzaProject(), {
      type: 'moveBlocksToFlow',
      ids: ['route', 'welcome'],
      flow: 'support',
    });
    expect(project.flows[1]!.blocks.map((b) => b.id)).toEqual(['not_understood', 'done', 'route', 'welcome']);
    expect(flowOf(project, 'welcome')).toBe('support');
  });

  it('places the moved blocks at an index counted among the flow’s other blocks', () => {
    const { project } = apply(pizzaProject(), {
      type: 'moveBlocksToFlow',
      ids: ['done', 'welcome'],
      flow: 'main',
      index: 2,
    });
    expect(project.flows[0]!.blocks.map((b) => b.id)).toEqual([
      'ask_size',
      'route',
      'done',
      'welcome',
      'check_stock',
      'ask_email',
    ]);
  });

  it('refuses unknown blocks and flows', () => {
    expect(refuse(pizzaProject(), { type: 'moveBlocksToFlow', ids: ['ghost'], flow: 'main' }).code).toBe(
      'unknown-block',
    );
    expect(refuse(pizzaProject(), { type: 'moveBlocksToFlow', ids: ['done'], flow: 'ghost' }).code).toBe(
      'unknown-flow',
    );
  });
});
