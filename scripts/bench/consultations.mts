import { SMTPServer } from 'smtp-server';
import { consultationReceivedPath, pagePath } from '../../lib/routes.ts';

export type ConsultationResult = {
  requests: number;
  accepted: number;
  acceptedPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  delivered: number;
  /** Each request's email arrived exactly once (distinct Message-IDs equal accepted requests). */
  deliveredOnce: boolean;
};

const FIELDS = {
  forWhom: 'self',
  name: 'Bench Person',
  email: 'bench@example.com',
  phone: '+1 212 555 0199',
  language: 'english',
  citizen: 'no',
  matter: 'convicted',
  detained: 'no',
  hearingDate: '',
  message: 'Old conviction',
  consent: 'yes',
  website: '',
};

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x27;|&#39;/g, "'");

/** The hidden fields of one freshly served consultation form, as a browser without JavaScript sends them back. */
async function servedForm(baseUrl: string): Promise<[string, string][]> {
  const html = await (await fetch(`${baseUrl}${pagePath('contact')}`)).text();
  const form = /<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map((match) => [
    decode(match[1] ?? ''),
    decode(match[2] ?? ''),
  ]);
}

/** A real SMTP server on 127.0.0.1 that counts what it receives. */
export async function startCountingSmtp(port: number) {
  let received = 0;
  const messageIds = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 4096) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        received += 1;
        const messageId = /^message-id:\s*(\S+)/im.exec(head)?.[1];
        if (messageId) messageIds.add(messageId);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { received: () => received, distinctMessages: () => messageIds.size, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * `total` people each send a form they were served, `concurrency` at a time,
 * as a browser without JavaScript does. The forms are fetched before the
 * clock starts; each post is timed until its answer, the 303 to the
 * confirmation page.
 */
export async function postConsultations(
  baseUrl: string,
  total: number,
  concurrency: number,
  smtp: { received: () => number; distinctMessages: () => number },
): Promise<ConsultationResult> {
  const forms: [string, string][][] = [];
  while (forms.length < total) {
    forms.push(...(await Promise.all(Array.from({ length: Math.min(concurrency, total - forms.length) }, () => servedForm(baseUrl)))));
  }
  const latencies: number[] = [];
  let accepted = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const hidden = forms[next] ?? [];
      next += 1;
      const body = new FormData();
      for (const [name, value] of hidden) body.append(name, value);
      for (const [name, value] of Object.entries(FIELDS)) body.append(name, value);
      const sent = performance.now();
      const response = await fetch(`${baseUrl}${pagePath('contact')}`, { method: 'POST', body, headers: { Origin: baseUrl }, redirect: 'manual' });
      await response.arrayBuffer();
      latencies.push(performance.now() - sent);
      if (response.status === 303 && response.headers.get('location')?.includes(`${consultationReceivedPath()}?reference=`)) accepted += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;

  // Delivery happens after each answer; wait (bounded) until the SMTP server has them all.
  const deadline = Date.now() + 120_000;
  while (smtp.received() < accepted && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));

  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (fraction: number) =>
    Number((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN).toFixed(1));
  return {
    requests: total,
    accepted,
    acceptedPerSecond: Math.round(accepted / seconds),
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    delivered: smtp.received(),
    deliveredOnce: smtp.received() === accepted && smtp.distinctMessages() === accepted,
  };
}
