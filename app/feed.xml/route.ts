import { getContent, getFirm, listArticles } from '@/lib/content';
import { env } from '@/lib/env';
import { articlesFeed } from '@/lib/seo/feed';

export const dynamic = 'force-static';

export function GET() {
  return new Response(articlesFeed(listArticles(), getContent().attorneys, getFirm(), env.SITE_URL), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
