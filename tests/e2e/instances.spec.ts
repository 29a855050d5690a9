import fs from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import pg from 'pg';
import { displayPhone } from '@/lib/phone';
import { pagePath } from '@/lib/routes';
import { BASE_URL } from '../../playwright.config';
import {
  createDatabase,
  sharedTestCluster,
  startOutageProxy,
  type OutageProxy,
} from '../../scripts/support/postgres-cluster.mts';
import { startNext, type Server } from '../../scripts/support/processes.mts';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../support/smtp-sink';
import { fillValidForm, uniqueName } from './support/consultation-form';
import { postConsultation, servedFormFields, VALID_FIELDS } from './support/consultation-post';
import { firm } from './support/site';

/**
 * The site as several instances: two `next start` of the same build
 * sharing one real PostgreSQL server (DATABASE_URL) and one real SMTP
 * server, behind a proxy (TRUST_PROXY=1: each post says which client it
 * is for, as nginx would). Short retry and lease times keep the waits short.
 */

const FLUSH_TOKEN = 'f'.repeat(48);
const LEASE_MS = 5_000;
const PORTS = { a: 3211, b: 3212 };

/** The instances reach the database through this, so a test can cut them off from it. */
let database: OutageProxy;
let releaseCluster: () => Promise<void> = async () => {};
let db: pg.Pool;
let smtp: SmtpSink;
let smtpPort = 0;
const mail: ReceivedMail[] = [];
let a: Server;
let b: Server;

async function startSmtp(port = 0) {
  smtp = await startSmtpSink(port, (message) => mail.push(message));
  smtpPort = smtp.port;
}

function serve(port: number): Promise<Server> {
  const data = `test-results/instances-${port}`;
  return startNext(process.cwd(), port, {
    DATABASE_URL: database.url,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    CONSULT_TO: 'intake@stern.example',
    CONSULT_FROM: 'website@stern.example',
    // Never used with DATABASE_URL set: the test checks it stays empty.
    OUTBOX_DIR: `${data}/outbox`,
    MAIL_DIR: `${data}/mail`,
    FORM_SECRET: 's'.repeat(64),
    CONSULT_MIN_FILL_MS: '0',
    CONSULT_RATE_LIMIT: '2',
    TRUST_PROXY: '1',
    OUTBOX_RETRY_MS: '500',
    OUTBOX_LEASE_MS: String(LEASE_MS),
    OUTBOX_FLUSH_TOKEN: FLUSH_TOKEN,
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const shared = await sharedTestCluster();
  releaseCluster = shared.release;
  const url = await createDatabase(shared.cluster, 'e2e_instances');
  database = await startOutageProxy(url);
  db = new pg.Pool({ connectionString: url, max: 2 });
  db.on('error', () => {});
  await startSmtp();
  [a, b] = await Promise.all([serve(PORTS.a), serve(PORTS.b)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.end();
  await smtp?.close();
  await database?.cut();
  await releaseCluster();
});

let client = 0;
/** A client address of its own for each post, so the hourly limit (2) stays out of the way unless a test wants it. */
const newClient = () => {
  client += 1;
  return `10.9.${client >> 8}.${client & 255}`;
};

/** Posts a form served by `from` to `to`; resolves to the reference of the confirmation it was sent to, or the answer. */
async function send(
  request: APIRequestContext,
  from: Server,
  to: Server,
  options: { fields?: Record<string, string>; clientAddress?: string } = {},
) {
  // A fresh connection each time: a kept-alive one that the server closes for idling (after 5 s, Node's
  // default) just as the next request goes out would fail the test for a reason that is not the site's.
  const fresh = { Connection: 'close' };
  const fields = options.fields ?? {
    ...(await servedFormFields(request, from.url, fresh)),
    ...VALID_FIELDS,
    name: uniqueName('instances'),
  };
  const answer = await postConsultation(request, to.url, fields, {
    ...fresh,
    'X-Forwarded-For': options.clientAddress ?? newClient(),
  });
  const reference = /reference=([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(answer.headers()['location'] ?? '')?.[1];
  return { status: answer.status(), reference, text: answer.status() === 303 ? '' : await answer.text(), fields };
}

const mailsFor = (reference: string) =>
  mail.filter((message) => message.raw.toString('utf8').includes(`[${reference}]`));

async function rows(query: string, values: unknown[] = []) {
  return (await db.query(query, values)).rows as Record<string, unknown>[];
}

const stateOf = async (references: string[]) =>
  rows('SELECT reference, state, attempts FROM consultation_requests WHERE reference = ANY($1) ORDER BY reference', [
    references,
  ]);

test('30 requests spread over both instances arrive as 30 emails, each once, with nothing of them left', async ({
  request,
}) => {
  test.setTimeout(240_000);
  const references: string[] = [];
  let next = 0;
  // Five people at a time; a form served by one instance is as often posted to the other.
  await Promise.all(
    Array.from({ length: 5 }, async () => {
      while (next < 30) {
        const index = next++;
        const sent = await send(request, index % 3 === 0 ? b : a, index % 2 === 0 ? a : b);
        expect(sent.status).toBe(303);
        references.push(sent.reference ?? '');
      }
    }),
  );
  expect(new Set(references).size).toBe(30);
  await expect
    .poll(async () => (await stateOf(references)).filter((row) => row.state === 'delivered').length, {
      timeout: 120_000,
    })
    .toBe(30);
  for (const reference of references) expect(mailsFor(reference), reference).toHaveLength(1);
  expect(await rows('SELECT form_id FROM consultation_requests WHERE request IS NOT NULL')).toEqual([]);
});

test('the same filled form posted to one instance and then the other is one request, one email, one reference', async ({
  request,
}) => {
  const first = await send(request, a, a);
  const again = await send(request, a, b, { fields: first.fields });
  expect(first.status).toBe(303);
  expect(again.status).toBe(303);
  expect(again.reference).toBe(first.reference);
  const reference = first.reference ?? '';
  await expect.poll(async () => (await stateOf([reference]))[0]?.state).toBe('delivered');
  expect(await stateOf([reference])).toHaveLength(1);
  expect(mailsFor(reference)).toHaveLength(1);
});

test('the hourly limit of 2 holds across both instances', async ({ request }) => {
  const clientAddress = '198.51.100.77';
  expect((await send(request, a, a, { clientAddress })).status).toBe(303);
  expect((await send(request, b, b, { clientAddress })).status).toBe(303);
  for (const to of [a, b]) {
    const refused = await send(request, a, to, { clientAddress });
    expect(refused.status).toBe(200);
    expect(refused.text).toContain('several requests from your connection');
  }
  // Another client behind the same proxy is not affected.
  expect((await send(request, b, a)).status).toBe(303);
});

test('the flush route delivers for a scheduler with the token, and refuses without it', async ({ request }) => {
  const flush = (headers: Record<string, string>) => request.post(`${b.url}/api/outbox/flush`, { headers });
  const wrong: Record<string, string>[] = [{}, { Authorization: 'Bearer wrong-token' }, { Authorization: FLUSH_TOKEN }];
  for (const headers of wrong) {
    const refused = await flush(headers);
    expect(refused.status(), JSON.stringify(headers)).toBe(401);
    expect(refused.headers()['www-authenticate']).toBe('Bearer');
  }
  // A site without OUTBOX_FLUSH_TOKEN (the main test server) refuses every call, whatever it carries.
  const off = await request.post(`${BASE_URL}/api/outbox/flush`, {
    headers: { Authorization: `Bearer ${FLUSH_TOKEN}` },
  });
  expect(off.status()).toBe(403);
  const done = await flush({ Authorization: `Bearer ${FLUSH_TOKEN}` });
  expect(done.status()).toBe(200);
  expect(await done.json()).toEqual({
    delivered: expect.any(Number),
    retryLater: expect.any(Number),
    failed: expect.any(Number),
    busy: expect.any(Number),
  });
});

test('requests that arrive while the mail server is down are all delivered once it is back, each once', async ({
  request,
}) => {
  test.setTimeout(90_000);
  await smtp.close();
  const references: string[] = [];
  for (let i = 0; i < 6; i++) {
    const sent = await send(request, i % 2 ? a : b, i % 2 ? b : a);
    expect(sent.status).toBe(303);
    references.push(sent.reference ?? '');
  }
  // Every one was tried and failed: they wait in the database.
  await expect
    .poll(async () => (await stateOf(references)).filter((row) => row.state === 'pending' && Number(row.attempts) >= 1))
    .toHaveLength(6);
  await startSmtp(smtpPort);
  await expect
    .poll(async () => (await stateOf(references)).filter((row) => row.state === 'delivered').length, {
      timeout: 60_000,
    })
    .toBe(6);
  for (const reference of references) expect(mailsFor(reference), reference).toHaveLength(1);
});

test('with the database down, the form never says "received" and gives the phone number; it works again when the database is back', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(`${a.url}${pagePath('contact')}`);
  const name = uniqueName('database-down');
  await fillValidForm(page, name);
  // A cut connection, not a stopped server: a driver may share the server with unit tests running meanwhile.
  await database.cut();
  try {
    await page.getByRole('button', { name: 'Request a consultation' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'could not save your request' });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('link')).toContainText(displayPhone(firm.phone));
    await expect(page).toHaveURL(/\/contact$/);
    await expect(page.getByLabel('Your full name')).toHaveValue(name);
  } finally {
    await database.restore();
  }
  await page.getByRole('button', { name: 'Request a consultation' }).click();
  await expect(page).toHaveURL(/\/contact\/received\?reference=[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const reference = new URL(page.url()).searchParams.get('reference') ?? '';
  await expect.poll(async () => (await stateOf([reference]))[0]?.state).toBe('delivered');
  expect(mailsFor(reference)).toHaveLength(1);
});

test('an instance killed mid-send: the other delivers its requests after the lease, each once', async ({ request }) => {
  test.setTimeout(90_000);
  smtp.holding = true;
  const references: string[] = [];
  for (let i = 0; i < 3; i++) {
    const sent = await send(request, a, a);
    expect(sent.status).toBe(303);
    references.push(sent.reference ?? '');
  }
  // All three are in the middle of their SMTP conversation, and instance A holds at least one of them.
  await expect.poll(() => smtp.held()).toBe(3);
  const holders = await rows('SELECT claimed_by FROM consultation_requests WHERE reference = ANY($1)', [references]);
  expect(holders.filter((row) => String(row.claimed_by).includes(`:${a.process.pid}:`)).length).toBeGreaterThan(0);

  const killed = new Promise((resolve) => a.process.once('exit', resolve));
  a.process.kill('SIGKILL');
  await killed;
  smtp.release();

  await expect
    .poll(async () => (await stateOf(references)).filter((row) => row.state === 'delivered').length, {
      timeout: 60_000,
    })
    .toBe(3);
  for (const reference of references) expect(mailsFor(reference), reference).toHaveLength(1);
  // Nothing was ever written to the folder store.
  expect(fs.existsSync(`test-results/instances-${PORTS.a}/outbox`)).toBe(false);
});
