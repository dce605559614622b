// projects.get with `translations: false`: the document the app paints first when it opens a project in several
// languages (docs/architecture.md#opening-a-project), through dispatch on a real host.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, type Envelope } from '../../../../electron/api';
import { createHost } from '../../../../electron/host';
import { createProject } from '../../../../electron/services/project-store';
import { parseProject } from '../../../../engine/format';
import { projectWithoutTranslations, restoreTranslations, type Project } from '../../../../engine/model';
import { smallProject } from './sample-project';
import { useTempDir } from './temp-dir';

const dir = useTempDir();

function fileOf(project: Project, name: string): string {
  const file = path.join(dir(), name);
  const r = createProject(file, project, { autoCheckpointMs: 0, heartbeatMs: 0 });
  if (!r.ok) throw new Error(r.error.message);
  r.value.close();
  return file;
}

async function answers(
  file: string,
  inputs: object[],
  method = 'projects.get',
): Promise<Envelope<unknown>[]> {
  const host = await createHost({ shell: 'web', version: '0.0.0-test', dataDir: path.join(dir(), 'data') });
  try {
    const call = (method: string, input: unknown) =>
      dispatch(host.services, method, input, { transport: 'direct' });
    const opened = await call('projects.open', { path: file });
    if (!opened.ok) throw new Error(opened.error.message);
    return await Promise.all(inputs.map((input) => call(method, { path: file, ...input })));
  } finally {
    await host.close();
  }
}

const value = (r: Envelope<unknown>) => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as {
    project: Project;
    revision: number;
    translationsOmitted?: true;
    translationsJson?: string;
  };
};

describe('projects.get without translations', () => {
  const bakery = parseProject(
    readFileSync(path.join(__dirname, '../../../../examples/brussels-bakery.json'), 'utf8'),
  );
  if (!bakery.ok) throw new Error('the example does not parse');

  it('answers the blocks without their translations, and says so; by default, the whole document', async () => {
    const file = fileOf(bakery.project, 'bakery.botloom');
    const [primary, whole, asked] = (
      await answers(file, [{ translations: false }, {}, { translations: true }])
    ).map(value);
    expect(JSON.stringify(whole!.project)).toContain('"translations"');
    expect(whole!.translationsOmitted).toBeUndefined();
    expect(asked).toEqual(whole);
    expect(primary!.translationsOmitted).toBe(true);
    expect(primary!.revision).toBe(whole!.revision);
    expect(primary!.project).toEqual(projectWithoutTranslations(whole!.project).project);
    // projects.translations answers what was left out, at the same revision; put back, they make it whole again.
    const [answer] = await answers(file, [{}], 'projects.translations');
    const left = (answer as { ok: true; value: { revision: number; owners: unknown[] } }).value;
    expect(left.revision).toBe(whole!.revision);
    const back = structuredClone(primary!.project);
    expect(restoreTranslations(back, left.owners)).toBe(true);
    expect(back).toEqual(whole!.project);
    expect(JSON.stringify(primary!.project.flows)).not.toContain('"translations"');
    // Languages and the intents' per-language expressions stay.
    expect(primary!.project.secondaryLanguages).toEqual(whole!.project.secondaryLanguages);
    expect(primary!.project.intents).toEqual(whole!.project.intents);
  });

  it('answers the whole document, unflagged, for a project without translations', async () => {
    const file = fileOf(smallProject(), 'small.botloom');
    const [primary, whole] = (await answers(file, [{ translations: false }, {}])).map(value);
    expect(primary).toEqual(whole);
    expect(primary!.translationsOmitted).toBeUndefined();
  });

  it('refuses a translations option that is not a boolean', async () => {
    const file = fileOf(smallProject(), 'refused.botloom');
    const [refused] = await answers(file, [{ translations: 'no' }]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
