import { formatDate } from '@/lib/dates';
import type { Article } from '@/lib/content';

/** Whether what the preview shows is on the site yet: a draft is not, a scheduled article from its date. */
export function PublicationNote({ article, today }: { article: Pick<Article, 'draft' | 'date'>; today: string }) {
  if (article.draft) return <>. A draft: not on the site until the Draft box is cleared and the change is published.</>;
  if (article.date > today) return <>. Scheduled: it appears on the site on {formatDate(article.date)}.</>;
  return null;
}
