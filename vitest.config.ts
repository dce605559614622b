// Unit and integration tests (Vitest). End-to-end tests are Playwright's (playwright.config.ts).
//
// Two projects share one pool of workers:
// - `shared`: tests that only call code in their own process (engine, architecture, host services,
//   renderer). They run without isolation: each worker imports the engine once and runs file after file
//   in it. Importing the engine afresh costs about 3 s of CPU per file, more than most files' tests.
// - `isolated`: tests that spawn the CLI, kill children, start worker threads or replace Node's
//   timers (cli, crash, scripts, examples, engine/node), and those that vi.mock a module (a mock is not
//   undone between files that share a worker), each file in a fresh process as before.
// A test that leaves state behind for the next file belongs in `isolated` (or should clean up).
import os from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const ISOLATED = [
  'test/cli/**',
  'test/crash/**',
  'test/scripts/**',
  'test/examples/**',
  'test/engine/node/**',
  // vi.mock
  'test/electron/transports/ipc.test.ts',
  'test/renderer/canvas/drag-renders.test.tsx',
  'test/renderer/canvas/fit-and-layout.test.tsx',
  'test/renderer/canvas/node-marks.test.tsx',
  'test/renderer/docs/docs-dialog.test.tsx',
  'test/renderer/panels/history-panel.test.tsx',
  'test/renderer/shell/menu-commands.test.tsx',
];
const ALL = ['test/**/*.test.ts', 'test/**/*.test.tsx'];
const NEVER = ['test/e2e/**', 'node_modules/**'];

const common = {
  testTimeout: 20_000,
  hookTimeout: 60_000,
  pool: 'forks' as const,
};

export default defineConfig({
  plugins: [react()],
  test: {
    include: ALL,
    exclude: NEVER,
    // Once, before every project (they do not inherit it): builds the Node bundles CLI tests spawn.
    globalSetup: ['test/global-setup.ts'],
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine, which
    // left the second core idle while the CLI tests wait on their children.
    maxWorkers: Math.max(2, os.availableParallelism()),
    projects: [
      {
        plugins: [react()],
        test: {
          ...common,
          name: 'shared',
          include: ALL,
          exclude: [...NEVER, ...ISOLATED],
          isolate: false,
        },
      },
      {
        plugins: [react()],
        test: {
          ...common,
          name: 'isolated',
          include: ISOLATED.map((glob) => (glob.endsWith('/**') ? `${glob}/*.test.{ts,tsx}` : glob)),
          exclude: NEVER,
          isolate: true,
        },
      },
    ],
  },
});
