/**
 * One value per server process. Next.js may load a module more than once
 * (route bundles, instrumentation), so state that must be shared, such as
 * the form-signing secret, the rate-limit table and the retry timer, lives
 * on globalThis under a registered symbol.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`stern-law.${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  store[key] ??= create();
  return store[key];
}
