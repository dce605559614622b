// Fake `secret-tool` and `security` executables for tests: each keeps its items in a JSON file and
// records every call (argv and stdin) so tests can prove a secret never travels in argv.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ToolCall {
  argv: string[];
  stdin: string;
}

export interface FakeTool {
  dir: string;
  /** The executable's absolute path. */
  command: string;
  /** An environment whose PATH starts with the fake's folder. */
  env: NodeJS.ProcessEnv;
  calls(): ToolCall[];
  /** The fake keychain's items (what a real keyring would hold). */
  items(): Record<string, string>;
  /** Puts items in the fake keychain directly, as another program (or a person) would. */
  seed(items: Record<string, string>): void;
  /** Makes every later call fail the way a keyring without a running service does. */
  breakService(message: string): void;
}

// Shared by both fakes: record the call, load the items, and a helper to save them.
const prelude = (dir: string) => `#!${process.execPath}
const fs = require('node:fs');
const dir = ${JSON.stringify(dir)};
const argv = process.argv.slice(2);
const stdin = fs.fstatSync(0).isCharacterDevice() ? '' : fs.readFileSync(0, 'utf8');
fs.appendFileSync(dir + '/calls.jsonl', JSON.stringify({ argv, stdin }) + '\\n');
const itemsFile = dir + '/items.json';
const items = fs.existsSync(itemsFile) ? JSON.parse(fs.readFileSync(itemsFile, 'utf8')) : {};
const save = () => fs.writeFileSync(itemsFile, JSON.stringify(items));
if (fs.existsSync(dir + '/broken')) { process.stderr.write(fs.readFileSync(dir + '/broken', 'utf8') + '\\n'); process.exit(1); }
`;

const secretToolBody = `
const [verb, ...rest] = argv;
const attrs = [];
let label = null;
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--label') { label = rest[++i]; continue; }
  if (rest[i] === '--all') continue;
  attrs.push(rest[i]);
}
const pairs = []; for (let i = 0; i < attrs.length; i += 2) pairs.push([attrs[i], attrs[i + 1]]);
const key = JSON.stringify(pairs.sort());
const matches = (k) => pairs.every(([a, v]) => JSON.parse(k).some(([b, w]) => a === b && v === w));
if (verb === 'store') { items[key] = stdin; save(); process.exit(0); }
if (verb === 'lookup') { if (key in items) { process.stdout.write(items[key]); process.exit(0); } process.exit(1); }
if (verb === 'clear') { const hit = Object.keys(items).filter(matches); hit.forEach((k) => delete items[k]); save(); process.exit(hit.length ? 0 : 1); }
if (verb === 'search') {
  for (const k of Object.keys(items).filter(matches)) {
    process.stdout.write('[/1]\\nlabel = x\\nsecret = ' + items[k] + '\\n');
    for (const [a, v] of JSON.parse(k)) process.stderr.write('attribute.' + a + ' = ' + v + '\\n');
  }
  process.exit(0);
}
process.exit(2);
`;

const securityBody = `
const flag = (list, f) => { const i = list.indexOf(f); return i < 0 ? undefined : list[i + 1]; };
const words = (line) => [...line.matchAll(/'((?:[^']|'"'"')*)'|(\\S+)/g)].map((m) => m[1] !== undefined ? m[1].split("'\\"'\\"'").join("'") : m[2]);
let args = argv;
if (argv[0] === '-i') args = words(stdin.trim());
const [verb, ...rest] = args;
const key = (l) => flag(l, '-s') + '/' + flag(l, '-a');
if (verb === 'default-keychain') { process.stdout.write('    "/Users/me/Library/Keychains/login.keychain-db"\\n'); process.exit(0); }
if (verb === 'add-generic-password') { items[key(rest)] = flag(rest, '-w'); save(); process.exit(0); }
if (verb === 'find-generic-password') {
  if (!(key(rest) in items)) { process.stderr.write('security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.\\n'); process.exit(44); }
  process.stdout.write(items[key(rest)] + '\\n'); process.exit(0);
}
if (verb === 'delete-generic-password') {
  if (!(key(rest) in items)) { process.stderr.write('security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.\\n'); process.exit(44); }
  delete items[key(rest)]; save(); process.stdout.write('password has been deleted.\\n'); process.exit(0);
}
if (verb === 'dump-keychain') {
  for (const k of Object.keys(items)) {
    const [svce, acct] = k.split('/');
    process.stdout.write('keychain: "/Users/me/Library/Keychains/login.keychain-db"\\nversion: 512\\nclass: "genp"\\nattributes:\\n    "acct"<blob>="' + acct + '"\\n    "svce"<blob>="' + svce + '"\\n');
  }
  process.stdout.write('keychain: "/Users/me/Library/Keychains/login.keychain-db"\\nversion: 512\\nclass: "inet"\\nattributes:\\n    "acct"<blob>="api.other"\\n    "srvr"<blob>="botloom"\\n');
  process.exit(0);
}
process.exit(1);
`;

function install(name: 'secret-tool' | 'security', body: string): FakeTool {
  const dir = mkdtempSync(path.join(os.tmpdir(), `botloom-fake-${name}-`));
  const command = path.join(dir, name);
  writeFileSync(command, prelude(dir) + body);
  chmodSync(command, 0o755);
  return {
    dir,
    command,
    env: { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` },
    calls: () =>
      existsSync(path.join(dir, 'calls.jsonl'))
        ? readFileSync(path.join(dir, 'calls.jsonl'), 'utf8')
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as ToolCall)
        : [],
    items: () =>
      existsSync(path.join(dir, 'items.json'))
        ? (JSON.parse(readFileSync(path.join(dir, 'items.json'), 'utf8')) as Record<string, string>)
        : {},
    seed: (items) => writeFileSync(path.join(dir, 'items.json'), JSON.stringify(items)),
    breakService: (message) => writeFileSync(path.join(dir, 'broken'), message),
  };
}

export const installFakeSecretTool = () => install('secret-tool', secretToolBody);
export const installFakeSecurity = () => install('security', securityBody);
