import { useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import type { ReactNode } from 'react';
import { lastUpdated, type Article, type Firm, type PracticeArea } from '@/lib/content';
import type { LicenceGap } from '@/lib/content/licence';
import { ConsultCallToAction } from '../consult-call-to-action';
import { PhoneLink } from '../phone-link';
import { DateText } from '../date-text';
import { Prose } from '../prose';
import { ArticleList } from './article-card';
import { ArticleNeighbours } from './article-neighbours';
import { JurisdictionLabel } from './jurisdiction-label';
import { LegalNotice } from './legal-notice';
import { LicenceNote } from './licence-note';
import { ReviewLine, type Review } from './review-line';
import { TableOfContents } from './table-of-contents';
import { TagList } from './tag-list';

type ArticleViewProps = {
  article: Article;
  /** The attorney who wrote the article, or the firm's name. */
  byline: { name: string; href?: string };
  areas: readonly PracticeArea[];
  related: readonly Article[];
  neighbours: { older?: Article; newer?: Article };
  firm: Firm;
  review: Review | undefined;
  /** Where the firm's attorneys may not handle the law this article explains (lib/content/licence.ts). */
  licence: LicenceGap | undefined;
  children: ReactNode;
};

export function ArticleView({
  article,
  byline,
  areas,
  related,
  neighbours,
  firm,
  review,
  licence,
  children,
}: ArticleViewProps) {
  const t = useTranslations('articles');
  return (
    <article>
      <header className="max-w-prose">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">{article.title}</h1>
        <div className="mt-3">
          <JurisdictionLabel jurisdiction={article.jurisdiction} />
        </div>
        <p className="mt-3 text-lg text-slate-700">{article.description}</p>
        <p className="mt-4 text-base text-slate-700">
          {t('by')}{' '}
          {byline.href ? (
            <Link href={byline.href} className="text-link">
              {byline.name}
            </Link>
          ) : (
            byline.name
          )}{' '}
          · {t('published')} <DateText date={article.date} />
          {article.updated ? (
            <>
              {' '}
              · {t('updated')} <DateText date={article.updated} />
            </>
          ) : null}{' '}
          · {t('minutes', { minutes: article.readingMinutes })}
        </p>
        <p className="mt-1 text-base text-slate-700">
          <ReviewLine review={review} of="article" />
        </p>
        <div className="mt-4 print:hidden">
          <TagList areas={areas} />
        </div>
      </header>
      <TableOfContents headings={article.headings} />
      <Prose>{children}</Prose>
      {licence ? <LicenceNote gap={licence} /> : null}
      <LegalNotice firm={firm} updated={lastUpdated(article)} review={review} of="article" />
      <p className="hidden print:block print:mt-6">
        {firm.name} · <PhoneLink firm={firm} />
      </p>
      <div className="print:hidden">
        <ConsultCallToAction firm={firm} />
      </div>
      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="mt-10 print:hidden">
          <h2 id="related-heading" className="text-2xl font-bold text-brand-900">
            {t('related')}
          </h2>
          <ArticleList articles={related} headingLevel="h3" />
        </section>
      ) : null}
      <div className="print:hidden">
        <ArticleNeighbours {...neighbours} />
      </div>
    </article>
  );
}
