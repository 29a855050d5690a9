import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  articleIndexPath,
  articlePath,
  attorneyPath,
  consultationReceivedPath,
  homePath,
  pagePath,
  practiceAreaPath,
  shareImagePath,
} from '@/lib/routes';
import { messagesFor } from '@/lib/i18n/messages';
import { telHref } from '@/lib/phone';
import { securityHeaderProblems } from './support/crawl';
import { anyAttorney, anyPracticeArea, firm, spanish, translatedPair } from './support/site';

/**
 * The language routing: every public address in either language answers with
 * its page in its language, the aliases of lib/i18n/address-rules.ts lead to
 * the public address (proxy.ts), and anything else is the 404 page in its
 * language (app/global-not-found.tsx), read here as a search engine reads it:
 * the HTML the server sends, no JavaScript.
 */
async function answer(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  const body = await response.text();
  const headers = new Headers(response.headers());
  expect(securityHeaderProblems({ path, headers })).toEqual([]);
  return {
    status: response.status(),
    location: response.headers()['location'],
    lang: /<html[^>]*\slang="([^"]+)"/.exec(body)?.[1],
    title: /<title>([^<]*)<\/title>/.exec(body)?.[1],
    h1: /<h1[^>]*>([^<]*)<\/h1>/.exec(body)?.[1],
    body,
  };
}

/** The 404 page's title in `locale`. */
const notFoundTitle = (locale: 'en' | 'es') =>
  `${messagesFor(locale).notFound.title} | ${locale === 'es' ? spanish.firm.name : firm.name}`;

const english = translatedPair.english.slug;
const spanishSlug = translatedPair.spanish.slug;
const [spanishArea] = spanish.practiceAreas;
const [spanishAttorney] = spanish.attorneys;

const pages: [string, 'en' | 'es'][] = [
  [homePath(), 'en'],
  [homePath('es'), 'es'],
  [articleIndexPath(1), 'en'],
  [articleIndexPath(1, 'es'), 'es'],
  [articlePath(english), 'en'],
  [articlePath(spanishSlug, 'es'), 'es'],
  [practiceAreaPath(anyPracticeArea.slug), 'en'],
  [attorneyPath(anyAttorney.slug), 'en'],
  ...(spanishArea ? [[practiceAreaPath(spanishArea.slug, 'es'), 'es'] as [string, 'es']] : []),
  ...(spanishAttorney ? [[attorneyPath(spanishAttorney.slug, 'es'), 'es'] as [string, 'es']] : []),
  ...(
    ['about', 'faq', 'glossary', 'detained', 'reliefCheck', 'contact', 'privacy', 'disclaimer', 'search'] as const
  ).flatMap(
    (name) =>
      [
        [pagePath(name), 'en'],
        [pagePath(name, 'es'), 'es'],
      ] as [string, 'en' | 'es'][],
  ),
  [consultationReceivedPath('ABCD-EFGH', {}, 'es'), 'es'],
];

test('every public address answers 200 with its page in its language', async ({ request }) => {
  for (const [path, lang] of pages) {
    expect(await answer(request, path), path).toMatchObject({ status: 200, location: undefined, lang });
  }
});

test('the app’s folder names, a needless /en, /ES and Spanish words without /es lead to the public address for good, keeping the query', async ({
  request,
}) => {
  const moved: [string, string][] = [
    ['/en', homePath()],
    [`/en${articlePath(english)}`, articlePath(english)],
    [`/en${pagePath('contact')}?x=1`, `${pagePath('contact')}?x=1`],
    [`/es${articlePath(spanishSlug)}`, articlePath(spanishSlug, 'es')],
    [`/es${pagePath('about')}`, pagePath('about', 'es')],
    [`/es${articleIndexPath(2)}`, articleIndexPath(2, 'es')],
    ['/ES', homePath('es')],
    [`/ES${pagePath('detained')}`, pagePath('detained', 'es')],
    [pagePath('contact', 'es').replace(/^\/es/, ''), pagePath('contact', 'es')],
    [articlePath(spanishSlug, 'es').replace(/^\/es/, ''), articlePath(spanishSlug, 'es')],
  ];
  for (const [from, to] of moved) {
    expect(await answer(request, from), from).toMatchObject({ status: 308, location: to });
  }
});

test('an address no page has is the 404 page in its language, and share images stay at their folders', async ({
  request,
}) => {
  const missing: [string, 'en' | 'es'][] = [
    ['/no-such-page', 'en'],
    ['/fr/articles', 'en'],
    ['/page.html', 'en'],
    [articlePath('no-such-article'), 'en'],
    // An address from an old site, with its ".html", gets the site's 404 in its language too.
    [articlePath('old-post.html'), 'en'],
    [articlePath('viejo.html', 'es'), 'es'],
    [`${articleIndexPath(1)}/page/999`, 'en'],
    ['/es/no-existe', 'es'],
    [articlePath('no-existe', 'es'), 'es'],
  ];
  for (const [path, lang] of missing) {
    const page = await answer(request, path);
    expect(page, path).toMatchObject({
      status: 404,
      location: undefined,
      lang,
      title: notFoundTitle(lang),
      h1: messagesFor(lang).notFound.title,
    });
    // The frame, search, the way to the detention page and the firm's phone are in the HTML itself:
    // someone who lands on a missing page may be looking for help with a detention.
    const phone = telHref((lang === 'es' ? spanish.firm : firm).phone);
    for (const part of [
      '<header',
      '<footer',
      'id="not-found-search"',
      `href="${pagePath('detained', lang)}"`,
      `href="${phone}"`,
    ]) {
      expect(page.body, `${path} has ${part}`).toContain(part);
    }
  }
  for (const path of [shareImagePath(articlePath(english)), shareImagePath(articlePath(spanishSlug, 'es'))]) {
    const image = await request.get(path, { maxRedirects: 0 });
    expect(image.status(), path).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  }
  for (const path of ['/robots.txt', '/sitemap.xml', '/feed.xml', '/es/feed.xml']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});
