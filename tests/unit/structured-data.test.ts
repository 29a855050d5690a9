import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import {
  blogPostingJsonLd,
  breadcrumbJsonLd,
  legalServiceJsonLd,
  personJsonLd,
  serializeJsonLd,
} from '@/lib/seo/json-ld';
import { VALID_SITE } from './support/fixture-site';

const SITE = 'https://www.stern.example';
const content = loadContent(VALID_SITE);
const [attorney] = content.attorneys;
const article = content.articles.find((candidate) => candidate.slug === 'newer-article');

describe('JSON-LD for search engines', () => {
  it('describes the firm as one LegalService with a stable @id and the facts search engines want', () => {
    const confirmed = { ...content.firm, placeholders: [] };
    const firm = legalServiceJsonLd(confirmed, content.attorneys, SITE);
    expect(firm).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LegalService',
      '@id': 'https://www.stern.example/#firm',
      name: 'STERN Law, LLC',
      telephone: '+1-555-010-0100',
      address: {
        '@type': 'PostalAddress',
        streetAddress: expect.any(String),
        addressLocality: expect.any(String),
        addressCountry: 'US',
      },
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: expect.arrayContaining(['https://schema.org/Monday']),
          opens: '09:00',
          closes: '18:00',
        },
      ],
      availableLanguage: ['English', 'Spanish'],
      areaServed: [{ '@type': 'Place', name: 'United States' }],
      employee: [{ '@id': 'https://www.stern.example/attorneys/jane-doe#person' }],
    });
    expect(JSON.stringify(firm)).not.toMatch(/aggregateRating|review/i);
  });

  it('leaves out every fact the firm has not confirmed, and attorneys whose name is a sample', () => {
    // The fixture firm lists phone, email, address and hours as placeholders.
    const firm = legalServiceJsonLd(content.firm, content.attorneys, SITE);
    for (const key of ['telephone', 'email', 'address', 'openingHoursSpecification'])
      expect(firm).not.toHaveProperty(key);
    expect(firm).toMatchObject({ name: 'STERN Law, LLC', availableLanguage: ['English', 'Spanish'] });

    const unnamed = attorney && { ...attorney, placeholders: ['name' as const, 'role' as const] };
    expect(unnamed && personJsonLd(unnamed, SITE)).toBeUndefined();
    expect(unnamed && legalServiceJsonLd(content.firm, [unnamed], SITE).employee).toEqual([]);
    const unsure = attorney && { ...attorney, placeholders: ['role' as const] };
    expect(unsure && personJsonLd(unsure, SITE)).not.toHaveProperty('jobTitle');
  });

  it('describes an attorney as a Person working for the firm', () => {
    expect(attorney && personJsonLd(attorney, SITE)).toMatchObject({
      '@type': 'Person',
      '@id': 'https://www.stern.example/attorneys/jane-doe#person',
      name: 'Jane Doe',
      jobTitle: 'Founding attorney',
      worksFor: { '@id': 'https://www.stern.example/#firm' },
      knowsLanguage: ['English'],
    });
  });

  it('describes an article as a BlogPosting with its dates, author, publisher and image', () => {
    expect(article && blogPostingJsonLd(article, { author: attorney }, content.firm, SITE)).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'A newer article about relief',
      description: expect.stringContaining('published article'),
      datePublished: '2026-02-01',
      dateModified: '2026-03-01',
      author: { '@type': 'Person', name: 'Jane Doe' },
      publisher: { '@id': 'https://www.stern.example/#firm', name: 'STERN Law, LLC' },
      // The share image lives beside the article.
      image: 'https://www.stern.example/articles/newer-article/share.png',
      inLanguage: 'en-US',
    });
  });

  it('names the reviewing attorney and the review date, and claims no review that did not happen', () => {
    const reviewed = article && { ...article, reviewedBy: 'jane-doe', reviewed: '2026-03-05' };
    expect(
      reviewed && blogPostingJsonLd(reviewed, { author: attorney, reviewer: attorney }, content.firm, SITE),
    ).toMatchObject({
      reviewedBy: { '@type': 'Person', '@id': 'https://www.stern.example/attorneys/jane-doe#person', name: 'Jane Doe' },
      lastReviewed: '2026-03-05',
    });
    const unreviewed = article && blogPostingJsonLd(article, { author: attorney }, content.firm, SITE);
    expect(unreviewed).not.toHaveProperty('reviewedBy');
    expect(unreviewed).not.toHaveProperty('lastReviewed');
  });

  it('credits the firm when an article has no author', () => {
    const unsigned = article && { ...article, author: undefined };
    expect(unsigned && blogPostingJsonLd(unsigned, {}, content.firm, SITE).author).toEqual({
      '@type': 'LegalService',
      '@id': 'https://www.stern.example/#firm',
      name: 'STERN Law, LLC',
    });
  });

  it('numbers breadcrumb items from 1 with absolute URLs', () => {
    expect(
      breadcrumbJsonLd(
        [
          { name: 'Home', path: '/' },
          { name: 'Articles', path: '/articles' },
        ],
        SITE,
      ).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://www.stern.example/' },
      { '@type': 'ListItem', position: 2, name: 'Articles', item: 'https://www.stern.example/articles' },
    ]);
  });

  it('escapes < so a title cannot close the script tag', () => {
    const serialized = serializeJsonLd({ headline: 'Bad </script><script>alert(1)</script>' });
    expect(serialized).not.toContain('<');
    expect(JSON.parse(serialized)).toEqual({ headline: 'Bad </script><script>alert(1)</script>' });
  });
});
