import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Config } from '../../../src/config/types.js';

const SCRIPT = fileURLToPath(new URL('./fleet-server-process.ts', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
}

/**
 * Starts a clawgate server (`fleet-server-process.ts`) in a child process, so a test can SIGKILL
 * it, and resolves with its URL once it listens.
 */
export function startServerProcess(config: Config): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    env: { ...process.env, FLEET_SERVER_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => resolve({ url: (JSON.parse(line) as { url: string }).url, child }));
    child.once('exit', (code, signal) =>
      reject(new Error(`server process exited (${code ?? signal}) before listening: ${stderr}`)),
    );
  });
}
