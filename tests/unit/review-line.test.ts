import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReviewLine } from '@/components/article/review-line';

describe('the review line of an article', () => {
  it('names the reviewing attorney, linked to their page, and the day of the review', () => {
    const html = renderToStaticMarkup(
      createElement(ReviewLine, {
        review: { name: 'Jane Doe', href: '/attorneys/jane-doe', date: '2026-03-02', sample: false },
      }),
    );
    expect(html).toContain('Reviewed by <a');
    expect(html).toContain('href="/attorneys/jane-doe"');
    expect(html).toContain('>Jane Doe</a>');
    expect(html).toContain('<time dateTime="2026-03-02">March 2, 2026</time>');
    expect(html).not.toContain('(sample)');
  });

  it('marks a reviewer whose name is still a sample', () => {
    const html = renderToStaticMarkup(
      createElement(ReviewLine, {
        review: { name: 'Lead Attorney', href: '/attorneys/x', date: '2026-03-02', sample: true },
      }),
    );
    expect(html).toContain('(sample)');
  });

  it('says so honestly when no attorney has reviewed it', () => {
    expect(renderToStaticMarkup(createElement(ReviewLine, { review: undefined }))).toBe(
      'Not yet reviewed by one of the firm’s attorneys',
    );
  });
});
