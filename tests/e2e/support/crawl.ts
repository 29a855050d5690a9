import { parse, type HTMLElement } from 'node-html-parser';
import { BASE_URL } from '../../../playwright.config';

/**
 * Pages as the server sends them, read with an HTML parser and no browser:
 * what a search engine, a screen reader's first pass or a phone with
 * JavaScript off gets. Each address is fetched once per worker, however
 * many tests read it.
 */
export type ServedPage = {
  path: string;
  status: number;
  headers: Headers;
  /** Where a redirect leads, as the server wrote it. */
  location: string | undefined;
  html: string;
  document: HTMLElement;
};

const served = new Map<string, Promise<ServedPage>>();

export function servedPage(path: string): Promise<ServedPage> {
  let page = served.get(path);
  if (!page) {
    page = (async () => {
      const response = await fetch(`${BASE_URL}${path}`, { redirect: 'manual' });
      const html = await response.text();
      return {
        path,
        status: response.status,
        headers: response.headers,
        location: response.headers.get('location') ?? undefined,
        html,
        document: parse(html),
      };
    })();
    served.set(path, page);
  }
  return page;
}

/** Fetches the pages a few at a time, as a crawler would, in the order given. */
export async function servedPages(paths: readonly string[], atOnce = 4): Promise<ServedPage[]> {
  const pages: ServedPage[] = new Array(paths.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: atOnce }, async () => {
      while (next < paths.length) {
        const index = next++;
        pages[index] = await servedPage(paths[index] as string);
      }
    }),
  );
  return pages;
}

/** Every address the sitemap lists, as paths. */
export async function sitemapPaths(): Promise<string[]> {
  const sitemap = await (await fetch(`${BASE_URL}/sitemap.xml`)).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

/** The text of an element as a reader sees it, spaces squeezed (scripts left out). */
export function textOf(element: HTMLElement | null | undefined): string {
  if (!element) return '';
  const copy = parse(element.outerHTML);
  for (const hidden of copy.querySelectorAll('script, style, noscript, template')) hidden.remove();
  return copy.text.replace(/\s+/g, ' ').trim();
}

/** The hrefs of the links inside `element` that match `selector`. */
export function hrefsIn(element: HTMLElement | null | undefined, selector = 'a[href]'): string[] {
  return (element?.querySelectorAll(selector) ?? []).map((link) => link.getAttribute('href') ?? '');
}

const SECURITY_HEADERS: Record<string, RegExp> = {
  'strict-transport-security': /max-age=\d{7,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
  'content-security-policy':
    /default-src 'self'.*script-src .*object-src 'none'.*base-uri 'self'.*form-action 'self'.*frame-ancestors 'none'/,
};

/** What is wrong with the security headers of one answer (docs/security.md), if anything. */
export function securityHeaderProblems(page: Pick<ServedPage, 'path' | 'headers'>): string[] {
  const problems = Object.entries(SECURITY_HEADERS)
    .filter(([name, pattern]) => !pattern.test(page.headers.get(name) ?? ''))
    .map(([name]) => `${page.path}: header ${name} is "${page.headers.get(name)}"`);
  if (page.headers.has('x-powered-by')) problems.push(`${page.path}: says what it is built with (x-powered-by)`);
  return problems;
}
