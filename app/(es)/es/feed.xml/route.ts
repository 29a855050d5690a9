import { feedResponse } from '@/lib/seo/feed';

export const dynamic = 'force-static';

// Spanish articles; the English feed is app/feed.xml.
export function GET() {
  return feedResponse('es');
}
