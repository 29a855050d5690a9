import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReviewLine, type Review } from '@/components/article/review-line';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/routes';

function render(review: Review | undefined, locale: Locale = 'en', of: 'article' | 'page' = 'article'): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="UTC">
      <ReviewLine review={review} of={of} />
    </NextIntlClientProvider>,
  );
}

describe('the review line of an article', () => {
  it('names the reviewing attorney, linked to their page, and the day of the review', () => {
    const html = render({ name: 'Jane Doe', href: '/attorneys/jane-doe', date: '2026-03-02', sample: false });
    expect(html).toContain('Reviewed by <a');
    expect(html).toContain('href="/attorneys/jane-doe"');
    expect(html).toContain('>Jane Doe</a>');
    expect(html).toContain('<time dateTime="2026-03-02">March 2, 2026</time>');
    expect(html).not.toContain('(sample)');
  });

  it('says it in Spanish on the Spanish site, with a Spanish date', () => {
    const html = render({ name: 'Jane Doe', href: '/es/abogados/jane-doe', date: '2026-03-02', sample: true }, 'es');
    expect(html).toContain('Revisado por <a');
    expect(html).toContain('<time dateTime="2026-03-02">2 de marzo de 2026</time>');
    expect(html).toContain('(ejemplo)');
  });

  it('marks a reviewer whose name is still a sample', () => {
    expect(render({ name: 'Lead Attorney', href: '/attorneys/x', date: '2026-03-02', sample: true })).toContain(
      '(sample)',
    );
  });

  it('says so honestly when no attorney has reviewed it', () => {
    expect(render(undefined)).toBe('Not yet reviewed by one of the firm’s attorneys');
  });

  it('agrees in Spanish with what it is about: an article ("artículo") or a page ("página")', () => {
    const review = { name: 'Jane Doe', href: '/es/abogados/jane-doe', date: '2026-03-02', sample: false };
    expect(render(review, 'es', 'page')).toContain('Revisada por <a');
    expect(render(undefined, 'es', 'article')).toBe('Todavía no lo ha revisado uno de los abogados del bufete');
    expect(render(undefined, 'es', 'page')).toBe('Todavía no la ha revisado uno de los abogados del bufete');
    expect(render(undefined, 'en', 'page')).toBe('Not yet reviewed by one of the firm’s attorneys');
  });
});
