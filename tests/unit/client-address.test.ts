import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_ADDRESS_HEADER, recordPeerAddresses } from '@/lib/consultation/intake/client-address';

const headers = (values: Record<string, string>) => new Headers(values);

describe('the address a request is counted against', () => {
  it('is the connection itself when no proxy is trusted, whatever the client claims', () => {
    const request = headers({ [PEER_ADDRESS_HEADER]: '203.0.113.9', 'x-forwarded-for': '198.51.100.1' });
    expect(clientAddress(request, 0)).toBe('203.0.113.9');
  });

  it('is the address the trusted proxy saw, ignoring what the client wrote before it', () => {
    // nginx appends the client's address to whatever X-Forwarded-For the client sent.
    const request = headers({ [PEER_ADDRESS_HEADER]: '127.0.0.1', 'x-forwarded-for': '1.2.3.4, 198.51.100.7' });
    expect(clientAddress(request, 1)).toBe('198.51.100.7');
    expect(clientAddress(request, 2)).toBe('1.2.3.4');
  });

  it('falls back to the furthest address known when the chain is shorter than the proxies trusted', () => {
    expect(clientAddress(headers({ [PEER_ADDRESS_HEADER]: '10.0.0.2' }), 1)).toBe('10.0.0.2');
    expect(clientAddress(headers({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '198.51.100.7' }), 3)).toBe(
      '198.51.100.7',
    );
  });
});

describe('recording the connection address', () => {
  it('overwrites any header of that name the client sent', async () => {
    recordPeerAddresses();
    const server = http.createServer((request, response) => response.end(String(request.headers[PEER_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [PEER_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '6.6.6.6' },
      });
      expect(await response.text()).toBe('127.0.0.1');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
