import { lastUpdated, type Article, type Attorney, type Firm, type GlossaryTerm } from '@/lib/content';
import type { FirmFact } from '@/lib/content/firm-schema';
import { isSampleFact } from '@/lib/content/sample-fact';
import type { AttorneyFact } from '@/lib/content/schema';
import {
  DEFAULT_LOCALE,
  articlePath,
  attorneyPath,
  glossaryPath,
  homePath,
  shareImagePath,
  type Locale,
} from '@/lib/routes';

/**
 * schema.org structured data, built from the same content the pages show.
 * One LegalService node for the firm with a stable @id, which every other
 * node points to. No review or rating markup: the firm may not rate itself.
 */

export type JsonLd = Record<string, unknown>;

// One firm and one person per attorney, whichever language describes them: their @id is the English page's.
export const firmId = (siteUrl: string) => `${siteUrl}${homePath()}#firm`;
export const attorneyUrl = (siteUrl: string, slug: string, locale: Locale = DEFAULT_LOCALE) =>
  `${siteUrl}${attorneyPath(slug, locale)}`;
const attorneyId = (siteUrl: string, slug: string) => `${attorneyUrl(siteUrl, slug)}#person`;

/** The language of a page, as schema.org's inLanguage takes it (BCP 47). */
export function languageTag(locale: Locale): string {
  return locale === 'es' ? 'es-US' : 'en-US';
}

const DAY_NAMES = {
  Monday: 'https://schema.org/Monday',
  Tuesday: 'https://schema.org/Tuesday',
  Wednesday: 'https://schema.org/Wednesday',
  Thursday: 'https://schema.org/Thursday',
  Friday: 'https://schema.org/Friday',
  Saturday: 'https://schema.org/Saturday',
  Sunday: 'https://schema.org/Sunday',
} as const;

/**
 * A fact the firm has not confirmed is left out: search engines show what
 * they are given as fact, and a sample phone number must never be one.
 */
export function legalServiceJsonLd(
  firm: Firm,
  attorneys: readonly Attorney[],
  siteUrl: string,
  locale: Locale = DEFAULT_LOCALE,
): JsonLd {
  const confirmed = (fact: FirmFact) => !isSampleFact(firm, fact);
  return {
    '@context': 'https://schema.org',
    '@type': 'LegalService',
    '@id': firmId(siteUrl),
    name: firm.name,
    ...(confirmed('legalName') ? { legalName: firm.legalName } : {}),
    description: firm.summary,
    url: `${siteUrl}${homePath(locale)}`,
    logo: `${siteUrl}/icon.svg`,
    image: `${siteUrl}${shareImagePath(homePath(locale))}`,
    ...(confirmed('phone') ? { telephone: firm.phone.replace(/\s+/g, '-') } : {}),
    ...(confirmed('email') ? { email: firm.email } : {}),
    ...(confirmed('address')
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: firm.address.street,
            addressLocality: firm.address.locality,
            addressRegion: firm.address.region,
            postalCode: firm.address.postalCode,
            addressCountry: firm.address.country,
          },
        }
      : {}),
    ...(confirmed('hours')
      ? {
          openingHoursSpecification: firm.hours.map((hours) => ({
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: hours.days.map((day) => DAY_NAMES[day]),
            opens: hours.opens,
            closes: hours.closes,
          })),
        }
      : {}),
    ...(confirmed('languages') ? { availableLanguage: firm.languages, knowsLanguage: firm.languages } : {}),
    ...(confirmed('areaServed') ? { areaServed: firm.areaServed.map((name) => ({ '@type': 'Place', name })) } : {}),
    employee: attorneys.filter(isNamed).map((attorney) => ({ '@id': attorneyId(siteUrl, attorney.slug) })),
  };
}

/** An attorney whose name is confirmed; one with a sample name gets no Person node. */
export function isNamed(attorney: Attorney): boolean {
  return !attorney.placeholders.includes('name');
}

export function personJsonLd(attorney: Attorney, siteUrl: string, locale: Locale = DEFAULT_LOCALE): JsonLd | undefined {
  if (!isNamed(attorney)) return undefined;
  const confirmed = (fact: AttorneyFact) => !attorney.placeholders.includes(fact);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': attorneyId(siteUrl, attorney.slug),
    name: attorney.name,
    ...(confirmed('role') ? { jobTitle: attorney.role } : {}),
    url: attorneyUrl(siteUrl, attorney.slug, locale),
    worksFor: { '@id': firmId(siteUrl) },
    ...(confirmed('languages') ? { knowsLanguage: attorney.languages } : {}),
    ...(confirmed('education') && attorney.education.length > 0 ? { alumniOf: attorney.education } : {}),
    ...(attorney.photo ? { image: `${siteUrl}${attorney.photo.src}` } : {}),
  };
}

export function blogPostingJsonLd(
  article: Article,
  people: { author?: Attorney; reviewer?: Attorney },
  firm: Firm,
  siteUrl: string,
  locale: Locale = DEFAULT_LOCALE,
): JsonLd {
  const { author, reviewer } = people;
  const url = `${siteUrl}${articlePath(article.slug, locale)}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': `${url}#article`,
    headline: article.title,
    description: article.description,
    datePublished: article.date,
    dateModified: lastUpdated(article),
    url,
    mainEntityOfPage: url,
    image: `${siteUrl}${shareImagePath(articlePath(article.slug, locale))}`,
    inLanguage: languageTag(locale),
    ...(article.translationOf
      ? { translationOfWork: { '@id': `${siteUrl}${articlePath(article.translationOf)}#article` } }
      : {}),
    keywords: article.tags.join(', '),
    ...(reviewer && article.reviewed && isNamed(reviewer)
      ? {
          reviewedBy: { '@type': 'Person', '@id': attorneyId(siteUrl, reviewer.slug), name: reviewer.name },
          lastReviewed: article.reviewed,
        }
      : {}),
    author:
      author && isNamed(author)
        ? {
            '@type': 'Person',
            '@id': attorneyId(siteUrl, author.slug),
            name: author.name,
            url: attorneyUrl(siteUrl, author.slug, locale),
          }
        : { '@type': 'LegalService', '@id': firmId(siteUrl), name: firm.name },
    publisher: { '@type': 'LegalService', '@id': firmId(siteUrl), name: firm.name },
  };
}

/** The glossary as a DefinedTermSet, each term with the anchor it has on the page. */
export function definedTermSetJsonLd(
  glossary: readonly GlossaryTerm[],
  name: string,
  siteUrl: string,
  locale: Locale = DEFAULT_LOCALE,
): JsonLd {
  const url = `${siteUrl}${glossaryPath(undefined, locale)}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': `${url}#terms`,
    name,
    url,
    inLanguage: languageTag(locale),
    hasDefinedTerm: glossary.map((entry) => ({
      '@type': 'DefinedTerm',
      '@id': `${siteUrl}${glossaryPath(entry.id, locale)}`,
      name: entry.term,
      description: entry.definition,
      inDefinedTermSet: `${url}#terms`,
    })),
  };
}

export type Crumb = { name: string; path: string };

export function breadcrumbJsonLd(trail: readonly Crumb[], siteUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: `${siteUrl}${crumb.path}`,
    })),
  };
}

/** JSON for a <script> tag: `<` escaped so no value can close the tag. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
