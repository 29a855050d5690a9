import { expect, test } from '@playwright/test';
import { startNext, type Server } from '../../scripts/support/processes.mts';
import { postConsultation, postConsultationFrom, servedFormFields, VALID_FIELDS } from './support/consultation-post';

/**
 * Each case runs its own `next start` of the same build with a limit of two
 * requests an hour, so it can spend the limit without touching other tests.
 */
const LIMITED = { CONSULT_RATE_LIMIT: '2', CONSULT_MIN_FILL_MS: '0' };
let port = 3150;

async function serve(env: Record<string, string>): Promise<Server> {
  port += 1;
  const dataDir = `test-results/rate-limit-${port}`;
  return startNext(process.cwd(), port, {
    ...LIMITED,
    OUTBOX_DIR: `${dataDir}/outbox`,
    MAIL_DIR: `${dataDir}/mail`,
    SMTP_URL: '',
    ...env,
  });
}

test.describe.configure({ mode: 'serial' });

test('with next start facing clients, a made-up X-Forwarded-For does not reset the limit', async ({ request }) => {
  const server = await serve({ TRUST_PROXY: '0' });
  try {
    const send = async (headers: Record<string, string> = {}) => {
      const fields = { ...(await servedFormFields(request, server.url)), ...VALID_FIELDS, name: 'Rate Test' };
      return postConsultation(request, server.url, fields, headers);
    };
    expect((await send()).status()).toBe(303);
    expect((await send()).status()).toBe(303);
    const refused = await send();
    expect(refused.status()).toBe(200);
    expect(await refused.text()).toContain('several requests from your connection');
    for (const spoofed of ['198.51.100.1', '198.51.100.2', '203.0.113.3, 198.51.100.4', '::1']) {
      const answer = await send({ 'X-Forwarded-For': spoofed });
      expect(answer.status(), spoofed).toBe(200);
      expect(await answer.text()).toContain('several requests from your connection');
    }
    // A client on another address still gets through: the limit follows the connection.
    const fields = { ...(await servedFormFields(request, server.url)), ...VALID_FIELDS, name: 'Rate Test' };
    expect(await postConsultationFrom('127.0.0.2', server.url, fields)).toBe(303);
  } finally {
    await server.stop();
  }
});

test('behind one trusted proxy (TRUST_PROXY=1), the address the proxy appended is the one counted', async ({
  request,
}) => {
  const server = await serve({ TRUST_PROXY: '1' });
  try {
    const send = async (forwardedFor: string) => {
      const fields = { ...(await servedFormFields(request, server.url)), ...VALID_FIELDS, name: 'Proxy Test' };
      return (await postConsultation(request, server.url, fields, { 'X-Forwarded-For': forwardedFor })).status();
    };
    expect(await send('198.51.100.7')).toBe(303);
    expect(await send('198.51.100.7')).toBe(303);
    expect(await send('198.51.100.7')).toBe(200);
    // What the client wrote before the proxy's entry does not make it someone else.
    expect(await send('1.2.3.4, 198.51.100.7')).toBe(200);
    // Another client behind the same proxy has a limit of its own.
    expect(await send('198.51.100.8')).toBe(303);
  } finally {
    await server.stop();
  }
});
