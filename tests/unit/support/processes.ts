import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const PROJECT_ROOT = path.resolve(__dirname, '../../..');

/**
 * Starts `count` copies of tests/support/outbox-process.ts, waits until all
 * are ready, then lets them go at once; resolves to what each printed last.
 */
export async function runTogether(count: number, args: string[]): Promise<string[]> {
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, ['--import', 'tsx', 'tests/support/outbox-process.ts', ...args], {
      cwd: PROJECT_ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  const lines = children.map((child) => readline.createInterface({ input: child.stdout }));
  const nextLine = (index: number) => new Promise<string>((resolve) => lines[index]?.once('line', resolve));
  await Promise.all(children.map((_, index) => nextLine(index)));
  const outcomes = children.map((_, index) => nextLine(index));
  for (const child of children) child.stdin.write('go\n');
  return Promise.all(outcomes);
}
