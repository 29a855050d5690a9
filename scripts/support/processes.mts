import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type Server = { url: string; process: ChildProcess; stop: () => Promise<void> };

/** Polls `url` until it answers, so no fixed sleep is needed. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** `next start` of the build of `project` (a folder under `cwd`, by default `cwd` itself), called on 127.0.0.1:`port`. */
export async function startNext(
  cwd: string,
  port: number,
  env: Record<string, string> = {},
  project = '.',
): Promise<Server> {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', project, '-p', String(port)], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/robots.txt`);
  return { url, process: child, stop: () => stop(child) };
}

export function stop(child: ChildProcess): Promise<void> {
  // Already gone, by itself or by a signal (SIGKILL leaves no exit code).
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Runs a command, sampling the resident memory of it and its children; resolves to seconds and peak MB. */
export async function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<{ seconds: number; peakMb: number; code: number }> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
  }, 100);
  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
  clearInterval(sampler);
  return { seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 1024), code };
}

function treeRssKb(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = /PPid:\s+(\d+)/.exec(status)?.[1];
      const vmRss = /VmRSS:\s+(\d+)/.exec(status)?.[1];
      parents.set(Number(entry), Number(ppid));
      rss.set(Number(entry), Number(vmRss ?? 0));
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean =>
    pid === root || (pid > 1 && parents.has(pid) && inTree(parents.get(pid) ?? 0));
  let total = 0;
  for (const [pid, kb] of rss) if (inTree(pid)) total += kb;
  return total;
}
