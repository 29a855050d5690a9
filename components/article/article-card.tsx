import { useLocale, useTranslations } from 'next-intl';
import { CardLink } from '@/components/card-link';
import type { Article } from '@/lib/content';
import { DateText } from '../date-text';
import { jurisdictionLabel } from '@/lib/content/jurisdiction';
import { articlePath } from '@/lib/routes';

export function ArticleCard({ article, headingLevel = 'h2' }: { article: Article; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const t = useTranslations('articles');
  const locale = useLocale();
  return (
    <article className="border-b border-slate-200 py-6">
      <Heading className="text-xl font-bold leading-snug">
        <CardLink href={articlePath(article.slug, locale)}>{article.title}</CardLink>
      </Heading>
      <p className="mt-1 text-base text-slate-700">
        {article.jurisdiction ? `${jurisdictionLabel(article.jurisdiction, t, locale)} · ` : ''}
        <DateText date={article.date} /> · {t('minutes', { minutes: article.readingMinutes })}
        {article.draft ? <strong className="ml-2 text-red-800">{t('draft')}</strong> : null}
      </p>
      <p className="mt-2 text-slate-800">{article.description}</p>
    </article>
  );
}

export function ArticleList({ articles, headingLevel }: { articles: readonly Article[]; headingLevel?: 'h2' | 'h3' }) {
  const t = useTranslations('articles');
  if (articles.length === 0) return <p className="py-6 text-slate-700">{t('none')}</p>;
  return (
    <div>
      {articles.map((article) => (
        <ArticleCard key={article.slug} article={article} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
