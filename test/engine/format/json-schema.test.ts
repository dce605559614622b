import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringifyProject } from '../../../engine/format';
import { projectJsonSchemaText } from '../../../scripts/project-json-schema';
import { generateProject, message, project } from '../../builders';
import { arbitraryProject } from './arbitrary-project';

const committed = readFileSync(path.resolve(__dirname, '../../../schema/botloom-1.schema.json'), 'utf8');
const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(
  JSON.parse(committed),
);

describe('schema/botloom-1.schema.json', () => {
  it('is up to date with the zod model (run `npm run gen:schema` when this fails)', () => {
    expect(committed).toBe(projectJsonSchemaText());
  });

  it('accepts what Botloom writes (generated and arbitrary projects)', () => {
    expect(validate(JSON.parse(stringifyProject(generateProject({ blocks: 500, seed: 3 }))))).toBe(true);
    fc.assert(
      fc.property(arbitraryProject, (p) => {
        const ok = validate(JSON.parse(stringifyProject(p)));
        if (!ok) throw new Error(JSON.stringify(validate.errors?.slice(0, 3)));
      }),
      { numRuns: 100 },
    );
  });

  it('accepts a minimal hand-written file and rejects unknown keys and block types', () => {
    expect(
      validate({
        format: 'botloom/1',
        name: 'Bot',
        startBlock: 'a',
        flows: [{ id: 'main', name: 'Main', blocks: [{ id: 'a', type: 'input', variable: 'x' }] }],
      }),
    ).toBe(true);
    const p = JSON.parse(stringifyProject(project({ blocks: [message('a')] })));
    expect(validate({ ...p, colour: 'red' })).toBe(false);
    p.flows[0].blocks[0].type = 'foo';
    expect(validate(p)).toBe(false);
  });
});
