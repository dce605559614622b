// Electron main process: single instance, secure window, menu, IPC transport over the shared host.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, Menu, shell, dialog } from 'electron';
import { createHost } from '../host';
import { serveIpc } from '../transports/ipc';
import { createWindowOptions, isAppUrl } from './window-options';
import { CONTENT_SECURITY_POLICY } from './csp';
import { menuTemplate } from './menu';
import { openAppSecretStore } from './secret-vault';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererEntry = path.join(here, '..', 'renderer', 'index.html');
const entryUrl = pathToFileURL(rendererEntry).href;
const initialProject =
  process.argv.slice(app.isPackaged ? 1 : 2).find((a) => /\.(botloom|json)$/i.test(a)) ?? null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void main();
}

async function main() {
  await app.whenReady();
  const host = await createHost({
    shell: 'electron',
    version: app.getVersion(),
    dataDir: app.getPath('userData'),
    initialProject: initialProject ? path.resolve(initialProject) : null,
    secrets: openAppSecretStore(app.getPath('userData')),
  });

  // Every web contents: no navigation away, no new windows, no webviews, no permissions.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, entryUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, entryUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (/^https:\/\//.test(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });

  const window = new BrowserWindow(createWindowOptions({ preloadPath: path.join(here, 'preload.cjs') }));
  window.webContents.session.setPermissionRequestHandler((_wc, _permission, cb) => cb(false));
  window.webContents.session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  serveIpc(
    host.services,
    host.events,
    (url) => isAppUrl(url, entryUrl),
    () => BrowserWindow.getAllWindows(),
  );

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        {
          newProject: () => host.events.emit('app.menu', { action: 'new-project' }),
          openProject: async () => {
            const r = await dialog.showOpenDialog({
              properties: ['openFile'],
              filters: [{ name: 'Botloom projects', extensions: ['botloom', 'json'] }],
            });
            if (!r.canceled && r.filePaths[0])
              host.events.emit('app.menu', { action: 'open-project', path: r.filePaths[0] });
          },
          // The README and docs shipped with the app, in the app's Documentation view (no web address).
          openDocs: () => host.events.emit('app.menu', { action: 'docs' }),
        },
        process.platform === 'darwin',
      ),
    ),
  );

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => void host.close());
  window.once('ready-to-show', () => window.show());
  await window.loadFile(rendererEntry);
}
