import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createProject,
  importProjectFile,
  importProjectText,
  openProject,
} from '../../../../electron/services/project-store';
import { largeProject, smallProject } from './sample-project';
import { useTempDir } from './temp-dir';

const dir = useTempDir();
const opts = { autoCheckpointMs: 0 };

function roundTrip(json: string): string {
  const target = path.join(dir(), `rt-${Math.random().toString(36).slice(2)}.botloom`);
  const r = importProjectText(json, 'in.json', target, opts);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const out = r.value.exportJson();
  r.value.close();
  return out;
}

function exported(project = smallProject()): string {
  const r = createProject(
    path.join(dir(), `src-${Math.random().toString(36).slice(2)}.botloom`),
    project,
    opts,
  );
  if (!r.ok) throw new Error(r.error.message);
  const json = r.value.exportJson();
  r.value.close();
  return json;
}

describe('export and import of botloom/1 JSON', () => {
  it('round-trips a small project byte for byte', () => {
    const json = exported();
    expect(json.endsWith('\n')).toBe(true);
    expect(roundTrip(json)).toBe(json);
  });

  it('round-trips a generated 5,000-block project byte for byte', () => {
    const json = exported(largeProject(5000, 7));
    expect(roundTrip(json)).toBe(json);
  });

  it('exports the edited document, including after reopening', () => {
    const file = path.join(dir(), 'e.botloom');
    const r = createProject(file, smallProject(), opts);
    if (!r.ok) throw new Error(r.error.message);
    r.value.applyCommands([{ type: 'updateSettings', patch: { name: 'Edited' } }]);
    const json = r.value.exportJson();
    r.value.close();
    const again = openProject(file, { ...opts, readOnly: true });
    expect(again.ok && again.value.exportJson()).toBe(json);
    expect(JSON.parse(json).name).toBe('Edited');
    if (again.ok) again.value.close();
  });

  it('imports from a file on disk', () => {
    const source = path.join(dir(), 'bot.json');
    writeFileSync(source, exported());
    const r = importProjectFile(source, path.join(dir(), 'bot.botloom'), opts);
    expect(r.ok).toBe(true);
    if (r.ok) r.value.close();
  });
});

describe('a refused import leaves no project file and names each problem with its path', () => {
  const refuse = (text: string) => {
    const target = path.join(dir(), 'out.botloom');
    const r = importProjectText(text, 'bad.json', target, opts);
    expect(r.ok).toBe(false);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir()).filter((f) => f.startsWith('out.'))).toEqual([]);
    if (r.ok) throw new Error('imported');
    return r.error;
  };

  it('malformed JSON', () => {
    const e = refuse('{ "format": "botloom/1", ');
    expect(e.code).toBe('invalid-json');
    expect(e.message).toContain('bad.json');
  });

  it('a wrong format version', () => {
    const e = refuse(JSON.stringify({ ...smallProject(), format: 'botloom/9' }));
    expect(e.code).toBe('invalid-project');
    expect(e.issues).toEqual([
      { path: 'format', message: expect.stringContaining('made by a newer Botloom (botloom/9)') },
    ]);
  });

  it('schema errors, each with its path', () => {
    const p = smallProject() as unknown as {
      flows: { blocks: Record<string, unknown>[] }[];
      language: string;
    };
    p.flows[0]!.blocks[1]!.variable = 42;
    p.flows[0]!.blocks[2]!.surprise = true;
    const e = refuse(JSON.stringify(p));
    expect(e.code).toBe('invalid-project');
    const paths = e.issues!.map((i) => i.path);
    expect(paths).toContain('flows[0].blocks[1].variable');
    expect(paths.some((x) => x.startsWith('flows[0].blocks[2]'))).toBe(true);
  });

  it('dangling references and duplicate ids', () => {
    const p = smallProject();
    (p.flows[0]!.blocks[0] as { next?: string }).next = 'nowhere';
    p.intents[0]!.block = 'gone';
    p.flows[0]!.blocks.push({ ...p.flows[0]!.blocks[2]! });
    const e = refuse(JSON.stringify(p));
    expect(e.issues).toEqual(
      expect.arrayContaining([
        {
          path: 'flows[0].blocks[0].next',
          message: expect.stringContaining('points to block "nowhere", which does not exist'),
        },
        {
          path: 'intents[0].block',
          message: expect.stringContaining('points to block "gone", which does not exist'),
        },
        {
          path: 'flows[0].blocks[4].id',
          message: expect.stringContaining('block id "done" is already used'),
        },
      ]),
    );
  });
});

const examplesDir = path.resolve(__dirname, '../../../../examples');
const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json'))
  : [];
if (examples.length === 0)
  console.log(
    'import-export: examples/ holds no botloom/1 JSON yet; the per-example round trip has nothing to check.',
  );

describe.runIf(examples.length > 0)(
  'every example round-trips: export → import → export is byte-identical',
  () => {
    it.each(examples)('%s', (name) => {
      const text = readFileSync(path.join(examplesDir, name), 'utf8');
      if (JSON.parse(text).format !== 'botloom/1') return;
      const first = roundTrip(text);
      expect(roundTrip(first)).toBe(first);
    });
  },
);
