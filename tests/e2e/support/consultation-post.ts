import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { pagePath } from '@/lib/routes';

/** Answers that pass the form's rules, as a browser posts them. */
export const VALID_FIELDS = {
  forWhom: 'self',
  email: 'x@example.com',
  language: 'english',
  citizen: 'no',
  matter: 'other',
  detained: 'no',
  message: 'A question about an old conviction and my green card.',
  consent: 'yes',
};

/** The hidden fields of one freshly served form: the Server Action's id and the signed form token. */
export async function servedFormFields(
  request: APIRequestContext,
  baseURL: string,
  headers: Record<string, string> = {},
): Promise<Record<string, string>> {
  const html = await (await request.get(`${baseURL}${pagePath('contact')}`, { headers })).text();
  const form = /<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)];
  return Object.fromEntries(hidden.map((match) => [decode(match[1] ?? ''), decode(match[2] ?? '')]));
}

/** Posts a form as a browser with JavaScript off does, without following the answer's redirect. */
export function postConsultation(
  request: APIRequestContext,
  baseURL: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  return request.post(`${baseURL}${pagePath('contact')}`, {
    multipart: fields,
    headers: { Origin: baseURL, ...headers },
    maxRedirects: 0,
  });
}

/** Requests in an outbox folder that still wait for delivery (or are being sent). */
export function waitingRequests(outboxDir: string): number {
  if (!fs.existsSync(outboxDir)) return 0;
  return fs
    .readdirSync(outboxDir)
    .filter((name) => /^[a-f0-9]{32}$/.test(name))
    .filter((name) =>
      fs.readdirSync(path.join(outboxDir, name)).some((file) => file === 'request.json' || file.startsWith('sending~')),
    ).length;
}

/**
 * Posts a form from another loopback address (127.0.0.2 and so on reach a
 * server on 127.0.0.1), to show which connection the server saw. Resolves
 * to the status code.
 */
export async function postConsultationFrom(
  localAddress: string,
  baseURL: string,
  fields: Record<string, string>,
): Promise<number> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  const url = new URL(pagePath('contact'), baseURL);
  return new Promise((resolve, reject) => {
    const post = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: {
          'content-type': encoded.headers.get('content-type') ?? '',
          'content-length': body.length,
          origin: baseURL,
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    post.on('error', reject);
    post.end(body);
  });
}
