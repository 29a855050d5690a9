import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { visibleArticles } from '@/lib/content/publication';

export const PROJECT_ROOT = path.resolve(__dirname, '../../..');

/** The repository's own content, as a production build on `today` would publish it. */
export function publishedContent(today = '2026-11-27') {
  const content = loadContent(PROJECT_ROOT);
  return { content, articles: visibleArticles(content.articles, { today, includeUnpublished: false }) };
}
