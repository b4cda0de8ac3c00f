// Test helper: runs the real entry point (main.ts) as a child process, as `npm start` does, in a
// fixture folder, capturing what an operator would see on the terminal. Used by main.test.ts and
// clinic-profile-main.test.ts. Call `stopAll()` after each test.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Fixture } from './test-fixtures.ts';

const mainPath = fileURLToPath(new URL('./main.ts', import.meta.url));

export interface Run {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: ChildProcess[] = [];

/** Kills any child still running (a failed test must not leave a server behind). */
export function stopAll(): void {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

export function runMain(fixture: Fixture, env: Record<string, string>): Run {
  const child = spawn(process.execPath, [mainPath], {
    cwd: fixture.dir,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      ONWARD_WEB_ROOT: fixture.webRoot,
      ONWARD_DATA_DIR: join(fixture.dir, 'data'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exit };
}

/** Resolves with the port from "Onward is running at http://localhost:PORT". */
export function waitForStart(run: Run): Promise<number> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = /Onward is running at http:\/\/localhost:(\d+)\n/.exec(run.stdout());
      if (match) {
        run.child.stdout?.off('data', check);
        resolve(Number(match[1]));
      }
    };
    run.child.stdout?.on('data', check);
    run.exit.then(({ code }) =>
      reject(new Error(`exited with ${code} before starting: ${run.stderr()}`)),
    );
    check();
  });
}
