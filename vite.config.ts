// Vite builds the renderer (React) into dist/renderer, loaded by Electron from file:// and by the web host.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { __BOTLOOM_VERSION__: JSON.stringify(version), __BOTLOOM_RENDERER__: 'true' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { port: 5173, strictPort: false },
});
