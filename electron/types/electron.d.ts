// The subset of Electron's API that Botloom uses, typed here so that the host type-checks on machines
// where the Electron package (an optional dependency that downloads a binary) could not be installed.
// tsconfig maps 'electron' to this file; keep it in step with electronVersion in electron-builder.yml.
/* eslint-disable @typescript-eslint/no-explicit-any */

export interface WebPreferences {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInWorker?: boolean;
  nodeIntegrationInSubFrames?: boolean;
  webSecurity?: boolean;
  allowRunningInsecureContent?: boolean;
  experimentalFeatures?: boolean;
  webviewTag?: boolean;
  navigateOnDragDrop?: boolean;
  spellcheck?: boolean;
  devTools?: boolean;
}

export interface BrowserWindowConstructorOptions {
  width?: number;
  height?: number;
  minWidth?: number;
  minHeight?: number;
  show?: boolean;
  title?: string;
  backgroundColor?: string;
  autoHideMenuBar?: boolean;
  webPreferences?: WebPreferences;
}

export interface WebFrameMain {
  url: string;
}
export interface Event {
  preventDefault(): void;
}
export interface IpcMainInvokeEvent extends Event {
  senderFrame: WebFrameMain | null;
  sender: WebContents;
}
export interface IpcRendererEvent extends Event {
  sender: unknown;
}
export interface HandlerDetails {
  url: string;
}
export interface WebContents {
  id: number;
  send(channel: string, ...args: any[]): void;
  isDestroyed(): boolean;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Event, url: string) => void): this;
  on(event: 'will-attach-webview', listener: (event: Event) => void): this;
  on(event: string, listener: (...args: any[]) => void): this;
  setWindowOpenHandler(handler: (details: HandlerDetails) => { action: 'deny' | 'allow' }): void;
  session: Session;
}
export interface OnHeadersReceivedDetails {
  url: string;
  responseHeaders?: Record<string, string[]>;
}
export interface Session {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: OnHeadersReceivedDetails,
        callback: (response: { responseHeaders?: Record<string, string[]>; cancel?: boolean }) => void,
      ) => void,
    ): void;
  };
  setPermissionRequestHandler(
    handler: ((wc: WebContents, permission: string, cb: (granted: boolean) => void) => void) | null,
  ): void;
}
export declare class BrowserWindow {
  constructor(options?: BrowserWindowConstructorOptions);
  webContents: WebContents;
  loadURL(url: string): Promise<void>;
  loadFile(path: string, options?: { query?: Record<string, string> }): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): this;
  on(event: string, listener: (...args: any[]) => void): this;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  static getAllWindows(): BrowserWindow[];
}
export interface MenuItemConstructorOptions {
  label?: string;
  role?: string;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemConstructorOptions[];
}
export declare class Menu {
  static buildFromTemplate(template: MenuItemConstructorOptions[]): Menu;
  static setApplicationMenu(menu: Menu | null): void;
}
export declare const app: {
  whenReady(): Promise<void>;
  requestSingleInstanceLock(): boolean;
  quit(): void;
  getPath(name: 'userData' | 'documents' | 'home' | 'temp'): string;
  getVersion(): string;
  isPackaged: boolean;
  name: string;
  on(event: 'second-instance', listener: (event: Event, argv: string[]) => void): void;
  on(event: 'window-all-closed' | 'activate' | 'before-quit', listener: () => void): void;
  on(event: 'web-contents-created', listener: (event: Event, contents: WebContents) => void): void;
};
export declare const ipcMain: {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: any[]) => Promise<unknown> | unknown,
  ): void;
  removeHandler(channel: string): void;
};
export declare const ipcRenderer: {
  invoke(channel: string, ...args: any[]): Promise<any>;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: any[]) => void): void;
  removeListener(channel: string, listener: (...args: any[]) => void): void;
};
export declare const contextBridge: {
  exposeInMainWorld(key: string, api: unknown): void;
};
export declare const shell: { openExternal(url: string): Promise<void> };
export declare const dialog: {
  showOpenDialog(options: {
    properties?: string[];
    filters?: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showErrorBox(title: string, content: string): void;
};
export declare const safeStorage: {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
};
