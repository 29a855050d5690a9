import { feedResponse } from '@/lib/seo/feed';

export const dynamic = 'force-static';

// English articles; the Spanish feed is app/(es)/es/feed.xml.
export function GET() {
  return feedResponse('en');
}
