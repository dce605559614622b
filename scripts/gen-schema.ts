// `npm run gen:schema`: writes schema/botloom-1.schema.json, the JSON Schema of botloom/1 generated
// from the zod model (for editors and other tools). `--check` exits 1 when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectJsonSchemaText } from './project-json-schema';

const file = path.join(
  path.dirname(path.dirname(fileURLToPath(import.meta.url))),
  'schema',
  'botloom-1.schema.json',
);
const text = projectJsonSchemaText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== text) {
    console.error('schema/botloom-1.schema.json is out of date: run `npm run gen:schema`.');
    process.exit(1);
  }
  console.log('schema/botloom-1.schema.json is up to date.');
} else {
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${text.length} bytes)`);
}
