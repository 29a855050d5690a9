import { gzipSync } from 'node:zlib';

export type Weight = { html: Bytes; css: Bytes; js: Bytes; ourJs: string[] };
type Bytes = { raw: number; gzip: number };

const sum = (items: Buffer[]): Bytes => ({
  raw: items.reduce((total, item) => total + item.length, 0),
  gzip: items.reduce((total, item) => total + gzipSync(item, { level: 9 }).length, 0),
});

/** Bytes of HTML, CSS and JavaScript a first visit to `path` loads. */
export async function pageWeight(baseUrl: string, path: string): Promise<Weight> {
  const html = Buffer.from(await (await fetch(`${baseUrl}${path}`)).arrayBuffer());
  const text = html.toString('utf8');
  const unique = (pattern: RegExp) => [...new Set([...text.matchAll(pattern)].map((match) => match[1] ?? ''))];
  const css = unique(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = unique(/<script[^>]+src="([^"]+)"/g);
  const fetchAll = (urls: string[]) => Promise.all(urls.map(async (url) => Buffer.from(await (await fetch(new URL(url, baseUrl))).arrayBuffer())));
  const jsBodies = await fetchAll(js);
  // A chunk with one of our component names in it means our code ships to the browser.
  const ours = ['ConsultationForm', 'ErrorSummary', 'checkBeforeSending'];
  const ourJs = js.filter((_, index) => ours.some((name) => jsBodies[index]?.toString('utf8').includes(name)));
  return { html: sum([html]), css: sum(await fetchAll(css)), js: sum(jsBodies), ourJs };
}
