import { spawn, type ChildProcess } from 'node:child_process';

export interface PreviewServer {
  url: string;
  stop: () => Promise<void>;
}

/** Resolves once `url` answers, or rejects after `timeoutMs` or when the server exits first. */
async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * `vite preview` of the production build (with the CSP of scripts/security-headers.ts), on its own
 * process so the bench can stop it. `outDir` defaults to dist/.
 */
export async function startPreview(port: number, outDir?: string): Promise<PreviewServer> {
  const args = ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1'];
  args.push('--port', String(port), '--strictPort');
  if (outDir) args.push('--outDir', outDir);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(url, child, 30_000);
  } catch (error) {
    child.kill();
    throw new Error(`${(error as Error).message}\n${errors}`, { cause: error });
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  return { url, stop };
}
