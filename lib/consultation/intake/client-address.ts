import http from 'node:http';
import { processSingleton } from '@/lib/process-singleton';

/**
 * The address a request came from, for the rate limit. A client must not
 * be able to choose it: Next.js copies the connection's address into
 * `X-Forwarded-For` only when the client sent none, so that header alone
 * is whatever the client says.
 *
 * So the server records the connection's address itself, in a header of
 * its own that it sets on every request (overwriting anything a client
 * sent under that name). With no trusted proxy (TRUST_PROXY=0, `next start`
 * facing clients) that address is the client's. Behind N trusted proxies,
 * each appends the address it saw to `X-Forwarded-For`, so the client is
 * the entry N places from the right of the chain that ends at the
 * connection; entries further left were written by the client and are
 * ignored.
 */
export const PEER_ADDRESS_HEADER = 'x-stern-peer-address';

type HeaderSource = { get(name: string): string | null };

export function clientAddress(headers: HeaderSource, trustedProxies: number): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || 'unknown';
  if (trustedProxies === 0) return peer;
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? peer;
}

/**
 * Records each request's connection address before Next.js sees it. Runs
 * once per server process, from instrumentation.ts.
 */
export function recordPeerAddresses(): void {
  processSingleton('peer-address-recorder', () => {
    const emit = http.Server.prototype.emit;
    http.Server.prototype.emit = function recordPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
      const [request] = args;
      if (event === 'request' && request instanceof http.IncomingMessage) {
        request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? 'unknown';
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
    return true;
  });
}
