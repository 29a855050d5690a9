import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

// Maps /es/articulos/... to the app's folders (app/[locale]/articles/...) and
// / to English; see lib/i18n/routing.ts.
export default createMiddleware(routing);

export const config = {
  // Pages, and any other address a reader may type (an old "/page.html"
  // gets the 404 page in its language). Not Next.js internals, generated
  // share images (addressed with their locale), or files: feeds, sitemap,
  // robots.txt, icons and whatever is in public/.
  matcher:
    '/((?!_next/|_vercel/|.*opengraph-image|.*\\.(?:xml|txt|svg|png|jpe?g|webp|avif|gif|ico|woff2?|css|js|map|json|webmanifest)$).*)',
};
