import { lastReviewed, type Article, type Attorney, type Firm } from '@/lib/content';
import { articlePath, attorneyPath, homePath } from '@/lib/routes';

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

export function legalServiceJsonLd(firm: Firm, attorneys: readonly Attorney[], siteUrl: string): JsonLd {
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
    telephone: firm.phone.replace(/\s+/g, '-'),
    email: firm.email,
    address: {
      '@type': 'PostalAddress',
      streetAddress: firm.address.street,
      addressLocality: firm.address.locality,
      addressRegion: firm.address.region,
      postalCode: firm.address.postalCode,
      addressCountry: firm.address.country,
    },
    openingHoursSpecification: firm.hours.map((hours) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: hours.days.map((day) => DAY_NAMES[day]),
      opens: hours.opens,
      closes: hours.closes,
    })),
    availableLanguage: firm.languages,
    knowsLanguage: firm.languages,
    areaServed: firm.areaServed.map((name) => ({ '@type': 'Country', name })),
    employee: attorneys.map((attorney) => ({ '@id': attorneyId(siteUrl, attorney.slug) })),
  };
}

export function personJsonLd(attorney: Attorney, siteUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': attorneyId(siteUrl, attorney.slug),
    name: attorney.name,
    jobTitle: attorney.role,
    url: attorneyUrl(siteUrl, attorney.slug),
    worksFor: { '@id': firmId(siteUrl) },
    knowsLanguage: attorney.languages,
    ...(attorney.education.length > 0 ? { alumniOf: attorney.education } : {}),
    ...(attorney.photo ? { image: `${siteUrl}${attorney.photo.src}` } : {}),
  };
}

export function blogPostingJsonLd(article: Article, author: Attorney | undefined, firm: Firm, siteUrl: string): JsonLd {
  const url = `${siteUrl}${articlePath(article.slug)}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': `${url}#article`,
    headline: article.title,
    description: article.description,
    datePublished: article.date,
    dateModified: lastReviewed(article),
    url,
    mainEntityOfPage: url,
    image: `${url}/opengraph-image`,
    inLanguage: 'en-US',
    keywords: article.tags.join(', '),
    author: author
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
