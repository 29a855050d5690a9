/**
 * Every URL of the site, in one place. Pages, components, the sitemap, the
 * feed, search, the language switch and the content check build paths with
 * these helpers and nowhere else, so renaming a path or adding a language
 * changes one file. The route folders under app/(en) and app/(es)/es must match
 * (tests/unit/routes.test.ts), and the redirects of lib/i18n/address-rules.ts
 * are generated from here.
 *
 * Each helper takes the reader's language last. English lives at the root
 * (/articles/...), Spanish under /es with Spanish words (/es/articulos/...).
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

type Section = 'articles' | 'practiceAreas' | 'attorneys' | 'page' | 'received';

/** The first segment of each section, per language. */
const SEGMENTS: Record<Locale, Record<Section, string>> = {
  en: {
    articles: 'articles',
    practiceAreas: 'practice-areas',
    attorneys: 'attorneys',
    page: 'page',
    received: 'received',
  },
  es: {
    articles: 'articulos',
    practiceAreas: 'areas-de-practica',
    attorneys: 'abogados',
    page: 'pagina',
    received: 'recibido',
  },
};

/** Pages that are routes in app/ rather than content files, by name, and their segment in each language. */
const FIXED_PAGE_SEGMENTS = {
  about: { en: 'about', es: 'sobre-nosotros' },
  faq: { en: 'faq', es: 'preguntas-frecuentes' },
  contact: { en: 'contact', es: 'contacto' },
  privacy: { en: 'privacy', es: 'privacidad' },
  disclaimer: { en: 'disclaimer', es: 'aviso-legal' },
  search: { en: 'search', es: 'buscar' },
  glossary: { en: 'glossary', es: 'glosario' },
  detained: { en: 'detained', es: 'detenidos' },
  /** For a person arrested or charged who has not pleaded yet: call before accepting a plea. */
  charged: { en: 'charged-with-a-crime', es: 'acusado-de-un-delito' },
  /** The sheet a family fills in, prints or shares when someone is detained. */
  gather: { en: 'what-to-gather', es: 'que-reunir' },
  /** A card to print and carry: what to remember if immigration officers stop someone or come to the door. */
  rights: { en: 'know-your-rights', es: 'conozca-sus-derechos' },
  reliefCheck: { en: 'relief-check', es: 'revisar-mi-caso' },
  /** A short paragraph in each of New York City's ten Local Law 30 languages: what the firm does, and to call. */
  languageHelp: { en: 'help-in-your-language', es: 'ayuda-en-su-idioma' },
  /** For defense lawyers: what a Padilla consultation gives them, and its own request form. */
  padilla: { en: 'for-defense-attorneys', es: 'para-abogados-defensores' },
} as const satisfies Record<string, Record<Locale, string>>;
export type FixedPage = keyof typeof FIXED_PAGE_SEGMENTS;

export function isFixedPage(value: string): value is FixedPage {
  return Object.hasOwn(FIXED_PAGE_SEGMENTS, value);
}

/** The language an address is in: its first segment when that names another language (/es/…), else English. */
export function localeOfPath(path: string): Locale {
  const [, first] = path.split('/');
  return LOCALES.find((locale) => locale !== DEFAULT_LOCALE && locale === first) ?? DEFAULT_LOCALE;
}

function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** A path of the English folders (`/articles`, `/`) at its address in `locale`, words unchanged: `/es/articles`. */
export function localizedPath(path: string, locale: Locale = DEFAULT_LOCALE): string {
  return path === '/' ? homePath(locale) : `${localePrefix(locale)}${path}`;
}

/** The same with the language always written, as no page's address is: `/en/articles`. */
export function explicitLocalePath(path: string, locale: Locale): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

export function homePath(locale: Locale = DEFAULT_LOCALE): string {
  return localePrefix(locale) || '/';
}

/** Page `page` (1-based) of the article index; page 1 is the index itself. */
export function articleIndexPath(page = 1, locale: Locale = DEFAULT_LOCALE): string {
  const { articles, page: pageSegment } = SEGMENTS[locale];
  const index = `${localePrefix(locale)}/${articles}`;
  return page <= 1 ? index : `${index}/${pageSegment}/${page}`;
}

export function articlePath(slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/${SEGMENTS[locale].articles}/${slug}`;
}

export function practiceAreaIndexPath(locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/${SEGMENTS[locale].practiceAreas}`;
}

export function practiceAreaPath(slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${practiceAreaIndexPath(locale)}/${slug}`;
}

export function attorneyIndexPath(locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/${SEGMENTS[locale].attorneys}`;
}

export function attorneyPath(slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${attorneyIndexPath(locale)}/${slug}`;
}

/** A firm page such as /about or /contact. */
export function pagePath(page: FixedPage, locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/${FIXED_PAGE_SEGMENTS[page][locale]}`;
}

/** A firm page written in content/pages/<slug>.mdx (about, privacy, disclaimer, detained, gather). */
export function firmPagePath(slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return isFixedPage(slug) ? pagePath(slug, locale) : `${localePrefix(locale)}/${slug}`;
}

export function searchPath(query?: string, locale: Locale = DEFAULT_LOCALE): string {
  const path = pagePath('search', locale);
  return query ? `${path}?${new URLSearchParams({ q: query }).toString()}` : path;
}

/** Which form a confirmation answers: the consultation form, or a defense lawyer's Padilla request. */
export type ReceivedRequest = 'consultation' | 'padilla';

/**
 * How the confirmation asks the person to call: `first`, the request is
 * urgent, so the call button comes before the rest; `now`, a defense
 * lawyer's plea is today or tomorrow, too close to wait for an answer.
 */
export type CallUrgency = 'first' | 'now';

/**
 * Where a person lands after sending a request form (Post/Redirect/Get),
 * with their reference; `call` when the request is urgent (CallUrgency);
 * `request` when it was a Padilla request, so the page speaks to a defense
 * lawyer. Nothing the person typed goes in the address.
 */
export function consultationReceivedPath(
  reference?: string,
  { call, request = 'consultation' }: { call?: CallUrgency; request?: ReceivedRequest } = {},
  locale: Locale = DEFAULT_LOCALE,
): string {
  const path = `${pagePath('contact', locale)}/${SEGMENTS[locale].received}`;
  if (!reference) return path;
  const query = new URLSearchParams({ reference });
  if (call) query.set('call', call);
  if (request !== 'consultation') query.set('request', request);
  return `${path}?${query.toString()}`;
}

/** The glossary, or one term's entry on it. */
export function glossaryPath(termId?: string, locale: Locale = DEFAULT_LOCALE): string {
  const path = pagePath('glossary', locale);
  return termId ? `${path}#${termId}` : path;
}

/** A page's share card: the share.png route beside the page (the site's, beside the home page). */
export function shareImagePath(pagePath: string): string {
  return `${pagePath === '/' ? '' : pagePath}/share.png`;
}

export function feedPath(locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/feed.xml`;
}

/** The pages every visitor can reach from the navigation; the sitemap lists them. */
export function fixedPagePaths(locale: Locale = DEFAULT_LOCALE): string[] {
  return [
    homePath(locale),
    articleIndexPath(1, locale),
    practiceAreaIndexPath(locale),
    attorneyIndexPath(locale),
    pagePath('about', locale),
    pagePath('faq', locale),
    pagePath('glossary', locale),
    pagePath('detained', locale),
    pagePath('charged', locale),
    pagePath('gather', locale),
    pagePath('rights', locale),
    pagePath('reliefCheck', locale),
    pagePath('contact', locale),
    pagePath('languageHelp', locale),
    pagePath('padilla', locale),
    pagePath('privacy', locale),
    pagePath('disclaimer', locale),
  ];
}

/** Pages that exist but are not listed in the sitemap: results pages and feeds. */
export function unlistedPagePaths(locale: Locale = DEFAULT_LOCALE): string[] {
  return [pagePath('search', locale), feedPath(locale)];
}

export const ARTICLES_PER_PAGE = 10;

/** Pages of the article index for this many published articles (at least one, even when empty). */
export function articleIndexPageCount(articleCount: number): number {
  return Math.max(1, Math.ceil(articleCount / ARTICLES_PER_PAGE));
}

/** The pages built from content files, given the slugs a build publishes. */
export function contentPagePaths(
  slugs: { articles: readonly string[]; practiceAreas: readonly string[]; attorneys: readonly string[] },
  locale: Locale = DEFAULT_LOCALE,
): string[] {
  return [
    ...laterArticleIndexPaths(slugs.articles.length, locale),
    ...slugs.articles.map((slug) => articlePath(slug, locale)),
    ...slugs.practiceAreas.map((slug) => practiceAreaPath(slug, locale)),
    ...slugs.attorneys.map((slug) => attorneyPath(slug, locale)),
  ];
}

/** Every page of the article index but the first, which `fixedPagePaths` lists. */
export function laterArticleIndexPaths(articleCount: number, locale: Locale = DEFAULT_LOCALE): string[] {
  return Array.from({ length: articleIndexPageCount(articleCount) - 1 }, (_, index) =>
    articleIndexPath(index + 2, locale),
  );
}

/**
 * The app's pages (their English paths, as folders under app/(en)) and
 * each one's public path per language: the folders of its routes under
 * app/(en) and app/(es)/es (a unit test holds them to this), and the redirects
 * of lib/i18n/address-rules.ts.
 */
export function localizedRoutes(): Record<string, Record<Locale, string>> {
  const withoutPrefix = (path: string, locale: Locale) => path.slice(localePrefix(locale).length) || '/';
  const routes: Record<string, Record<Locale, string>> = {};
  const add = (build: (locale: Locale) => string) => {
    const english = build(DEFAULT_LOCALE);
    routes[english] = Object.fromEntries(
      LOCALES.map((locale) => [locale, withoutPrefix(build(locale), locale)]),
    ) as Record<Locale, string>;
  };
  add((locale) => homePath(locale));
  add((locale) => articleIndexPath(1, locale));
  add((locale) => articleIndexPath(2, locale).replace(/\/2$/, '/[number]'));
  add((locale) => articlePath('[slug]', locale));
  add((locale) => practiceAreaIndexPath(locale));
  add((locale) => practiceAreaPath('[slug]', locale));
  add((locale) => attorneyIndexPath(locale));
  add((locale) => attorneyPath('[slug]', locale));
  add((locale) => consultationReceivedPath(undefined, {}, locale));
  for (const page of Object.keys(FIXED_PAGE_SEGMENTS) as FixedPage[]) add((locale) => pagePath(page, locale));
  return routes;
}
