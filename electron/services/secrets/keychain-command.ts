// Runs an OS keychain tool (secret-tool, security) without a shell: arguments as a list, a secret only
// ever on stdin, a timeout so a forgotten unlock prompt cannot hang the caller, and failures reported
// with the tool's stderr only where that stream cannot carry a secret.
import { spawnSync } from 'node:child_process';
import { HostError } from '../../api';

export interface KeychainTool {
  /** The executable: a name looked up on PATH, or an absolute path. */
  command: string;
  env?: NodeJS.ProcessEnv;
  /** Default 60 s: long enough to type a keyring password into an unlock prompt. */
  timeoutMs?: number;
}

export interface ToolAnswer {
  status: number;
  stdout: string;
  stderr: string;
}

/** The tool's answer, or 'missing' when the executable does not exist. */
export function runKeychainTool(tool: KeychainTool, args: string[], input?: string): ToolAnswer | 'missing' {
  const timeoutMs = tool.timeoutMs ?? 60_000;
  const r = spawnSync(tool.command, args, {
    ...(input !== undefined ? { input } : {}),
    stdio: [input !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: tool.env ?? process.env,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    shell: false,
    windowsHide: true,
    maxBuffer: 16 * 1024 * 1024,
  });
  const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'missing';
  if (code === 'ETIMEDOUT')
    throw new HostError(
      'secrets-keychain-timeout',
      `${tool.command} ${args[0]} did not answer within ${Math.round(timeoutMs / 1000)} s: unlock the keyring (an unlock prompt may be waiting) and try again.`,
    );
  if (r.error)
    throw new HostError(
      'secrets-keychain-failed',
      `Could not run ${tool.command} (${code ?? r.error.message}).`,
    );
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** The first line of a tool's error output, for messages (callers pass only streams without secrets). */
export function firstLine(text: string): string {
  return text.trim().split('\n', 1)[0]?.trim() ?? '';
}
