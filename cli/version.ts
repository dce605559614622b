// The version printed by `botloom --version`, injected by the build from package.json.
declare const __BOTLOOM_VERSION__: string | undefined;
export const BOTLOOM_VERSION = typeof __BOTLOOM_VERSION__ === 'string' ? __BOTLOOM_VERSION__ : '0.0.0-dev';
