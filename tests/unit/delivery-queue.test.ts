import { describe, expect, it } from 'vitest';
import { limitConcurrency } from '@/lib/consultation/outbox/delivery-queue';

describe('sending a few at a time', () => {
  it('runs at most the limit at once and every task in the end, in order', async () => {
    const run = limitConcurrency(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const tasks = Array.from({ length: 5 }, (_, index) =>
      run(async () => {
        started.push(index);
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
        return index;
      }),
    );
    // Release whatever is running until all five have run.
    while (started.length < 5 || running > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      releases.shift()?.();
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('goes on after a task fails', async () => {
    const run = limitConcurrency(1);
    await expect(run(async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await run(async () => 'next')).toBe('next');
  });
});
