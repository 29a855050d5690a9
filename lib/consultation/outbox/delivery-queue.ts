/**
 * Runs tasks at most `limit` at a time, the rest in the order they came.
 * Deliveries run after each answer; during a burst of posts, sending twenty
 * emails at once would take the CPU from the people still waiting for
 * their "received", so they go a few at a time.
 */
export function limitConcurrency(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
