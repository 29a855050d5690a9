import { lastUpdated, type Article, type Attorney, type Firm, type GlossaryTerm } from '@/lib/content';
import { isSampleFact, type FirmFact } from '@/lib/content/firm-schema';
import type { AttorneyFact } from '@/lib/content/schema';
import { articlePath, attorneyPath, glossaryPath, homePath } from '@/lib/routes';

/**
 * schema.org structured data, built from the same content the pages show.
 * One LegalService node for the firm with a stable @id, which every other
 * node points to. No review or rating markup: the firm may not rate itself.
 */

export type JsonLd = Record<string, unknown>;

export const firmId = (siteUrl: string) => `${siteUrl}${homePath()}#firm`;
export const attorneyUrl = (siteUrl: string, slug: string) => `${siteUrl}${attorneyPath(slug)}`;
const attorneyId = (siteUrl: string, slug: string) => `${attorneyUrl(siteUrl, slug)}#person`;

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
export function legalServiceJsonLd(firm: Firm, attorneys: readonly Attorney[], siteUrl: string): JsonLd {
  const confirmed = (fact: FirmFact) => !isSampleFact(firm, fact);
  return {
    '@context': 'https://schema.org',
    '@type': 'LegalService',
    '@id': firmId(siteUrl),
    name: firm.name,
    legalName: firm.legalName,
    description: firm.summary,
    url: `${siteUrl}${homePath()}`,
    logo: `${siteUrl}/icon.svg`,
    image: `${siteUrl}/opengraph-image`,
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

export function personJsonLd(attorney: Attorney, siteUrl: string): JsonLd | undefined {
  if (!isNamed(attorney)) return undefined;
  const confirmed = (fact: AttorneyFact) => !attorney.placeholders.includes(fact);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': attorneyId(siteUrl, attorney.slug),
    name: attorney.name,
    ...(confirmed('role') ? { jobTitle: attorney.role } : {}),
    url: attorneyUrl(siteUrl, attorney.slug),
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
): JsonLd {
  const { author, reviewer } = people;
  const url = `${siteUrl}${articlePath(article.slug)}`;
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
    image: `${url}/opengraph-image`,
    inLanguage: 'en-US',
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
            url: attorneyUrl(siteUrl, author.slug),
          }
        : { '@type': 'LegalService', '@id': firmId(siteUrl), name: firm.name },
    publisher: { '@type': 'LegalService', '@id': firmId(siteUrl), name: firm.name },
  };
}

/** The glossary as a DefinedTermSet, each term with the anchor it has on the page. */
export function definedTermSetJsonLd(glossary: readonly GlossaryTerm[], siteUrl: string): JsonLd {
  const url = `${siteUrl}${glossaryPath()}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': `${url}#terms`,
    name: 'Words used in criminal and immigration cases',
    url,
    inLanguage: 'en-US',
    hasDefinedTerm: glossary.map((entry) => ({
      '@type': 'DefinedTerm',
      '@id': `${siteUrl}${glossaryPath(entry.id)}`,
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
