/**
 * The production Next.js server (`next start`) as a child process of a bench: on a free
 * loopback port, ready when it answers, stopped with its whole process group.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export interface RunningNextServer {
  baseUrl: string;
  /** The server's last output lines, to explain a failure. */
  recentOutput(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startNextServer(root: string, env: NodeJS.ProcessEnv, { readyTimeoutMs = 90_000 } = {}): Promise<RunningNextServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...env, PORT: String(port), NEXTAUTH_URL: baseUrl },
    // Its own process group, so stopping it also stops anything it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A crash of the bench itself must not leave a server holding the port and the database.
  const killGroup = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  const killOnExit = () => killGroup('SIGKILL');
  process.on('exit', killOnExit);

  const server: RunningNextServer = {
    baseUrl,
    recentOutput: () => output.join('\n'),
    async stop() {
      killGroup('SIGTERM');
      const forced = setTimeout(() => killGroup('SIGKILL'), 5_000);
      await exited;
      clearTimeout(forced);
      process.off('exit', killOnExit);
    },
  };

  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${server.recentOutput()}`);
    try {
      if ((await fetch(`${baseUrl}/api/auth/providers`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(`next start did not answer within ${readyTimeoutMs / 1000} s:\n${server.recentOutput()}`);
}
