// Page object of the canvas editor: what a designer does with mouse and keyboard, in the product's words.
import { expect, type Locator, type Page } from '@playwright/test';
import type { BlockType } from '../../../engine/model';

export class CanvasPage {
  constructor(readonly page: Page) {}

  async createProject(url: string, name: string): Promise<string> {
    await this.page.goto(url);
    await this.page.getByTestId('new-project-name').fill(name);
    await this.page.getByTestId('create-project').click();
    await expect(this.page.getByTestId('flow-canvas')).toBeVisible();
    return (await this.page.getByTestId('workspace').getAttribute('data-project'))!;
  }

  block(id: string): Locator {
    return this.page.getByTestId(`block-${id}`);
  }

  get pane(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  /** Drags a block type from the palette and drops it at a point of the canvas (page coordinates). */
  async dragFromPalette(type: BlockType, to: { x: number; y: number }): Promise<void> {
    const box = (await this.page.getByTestId('flow-canvas').boundingBox())!;
    await this.page
      .getByTestId(`palette-${type}`)
      .dragTo(this.page.getByTestId('flow-canvas'), { targetPosition: { x: to.x - box.x, y: to.y - box.y } });
  }

  /** Brings a block into view (centred and selected) as a designer would: Search, its name, Enter. */
  async show(id: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
    await this.page.getByTestId('search-input').fill(id);
    await this.page.keyboard.press('Enter');
    await expect(this.block(id)).toBeVisible();
  }

  async select(id: string): Promise<void> {
    await this.block(id).locator('.block-header').click();
    await expect(this.page.getByTestId('inspector')).toHaveAttribute('data-block', id);
  }

  /** Draws an edge from a block's handle to another block's input handle. */
  async connect(from: string, handle: string, to: string): Promise<void> {
    const source = (await this.page.getByTestId(`handle-${from}-${handle}`).boundingBox())!;
    const target = (await this.block(to).locator('.handle-in').boundingBox())!;
    await this.page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Types into an inspector field and commits it (Tab moves on, as a designer would). */
  async fill(testId: string, text: string): Promise<void> {
    const field = this.page.getByTestId(testId);
    await field.fill(text);
    await field.press('Tab');
  }

  /** Clicks an empty spot of the canvas so that the keyboard drives the canvas again. */
  async focusCanvas(): Promise<void> {
    const box = (await this.page.getByTestId('flow-canvas').boundingBox())!;
    await this.page.mouse.click(box.x + box.width - 30, box.y + 60);
  }

  async screenshotBlock(id: string, file: string): Promise<void> {
    await this.block(id).screenshot({ path: file });
  }

  /** The project as the host exports it (botloom/1 JSON). */
  async exportJson(path: string): Promise<unknown> {
    const result = await this.page.evaluate(async (p) => {
      const token = sessionStorage.getItem('botloom.token');
      const res = await fetch('/api/projects.exportJson', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ path: p }),
      });
      return (await res.json()) as { ok: boolean; value?: { json: string }; error?: unknown };
    }, path);
    if (!result.ok) throw new Error(`export failed: ${JSON.stringify(result.error)}`);
    return JSON.parse(result.value!.json) as unknown;
  }
}
