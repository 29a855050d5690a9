import { execFileSync } from 'node:child_process';

export type LoadResult = { requestsPerSecond: number; p99Ms: number };

/**
 * wrk (C, from Debian) drives the load: a Node load generator would compete
 * with the server for the same two cores and flatter the slower side.
 */
export function wrk(url: string, { seconds = 10, connections = 32 } = {}): LoadResult {
  const output = execFileSync('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', url], { encoding: 'utf8' });
  const requestsPerSecond = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(output);
  const factor = { us: 0.001, ms: 1, s: 1000 }[(p99?.[2] ?? 'ms') as 'us' | 'ms' | 's'];
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  if (non2xx > 0) throw new Error(`${url} answered ${non2xx} requests with an error status`);
  return { requestsPerSecond: Math.round(requestsPerSecond), p99Ms: Number(((Number(p99?.[1]) || NaN) * factor).toFixed(2)) };
}
