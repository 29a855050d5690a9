import { SMTPServer } from 'smtp-server';

export type ConsultationResult = { requests: number; accepted: number; acceptedPerSecond: number; p50Ms: number; p95Ms: number; delivered: number };

const FIELDS = {
  name: 'Bench Person',
  email: 'bench@example.com',
  phone: '+1 555 010 0199',
  language: 'english',
  citizen: 'no',
  matter: 'convicted',
  detained: 'no',
  hearingDate: '',
  message: 'A benchmark request: I was convicted years ago and want to know my options.',
  consent: 'yes',
  website: '',
};

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x27;|&#39;/g, "'");

/** The hidden fields of the consultation form, as a browser without JavaScript would send them back. */
async function hiddenFields(baseUrl: string): Promise<[string, string][]> {
  const html = await (await fetch(`${baseUrl}/contact`)).text();
  const form = /<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map((match) => [decode(match[1] ?? ''), decode(match[2] ?? '')]);
}

/** A real SMTP server on 127.0.0.1 that counts what it receives. */
export async function startCountingSmtp(port: number) {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { received: () => received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** `total` form posts, `concurrency` at a time, each as a browser without JavaScript sends it. */
export async function postConsultations(baseUrl: string, total: number, concurrency: number, delivered: () => number): Promise<ConsultationResult> {
  const hidden = await hiddenFields(baseUrl);
  const latencies: number[] = [];
  let accepted = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next += 1;
      const body = new FormData();
      for (const [name, value] of hidden) body.append(name, value);
      for (const [name, value] of Object.entries(FIELDS)) body.append(name, value);
      const sent = performance.now();
      const response = await fetch(`${baseUrl}/contact`, { method: 'POST', body, headers: { Origin: baseUrl } });
      const html = await response.text();
      latencies.push(performance.now() - sent);
      if (response.ok && html.includes('We have received your request')) accepted += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;

  // Delivery happens after each answer; wait (bounded) until the SMTP server has them all.
  const deadline = Date.now() + 120_000;
  while (delivered() < accepted && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));

  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (fraction: number) => Number((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN).toFixed(1));
  return { requests: total, accepted, acceptedPerSecond: Math.round(accepted / seconds), p50Ms: at(0.5), p95Ms: at(0.95), delivered: delivered() };
}
