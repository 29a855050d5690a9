import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

// Maps /es/articulos/... to the app's folders (app/[locale]/articles/...) and
// / to English; see lib/i18n/routing.ts.
export default createMiddleware(routing);

export const config = {
  // Pages only: not Next.js internals, files with an extension (feeds,
  // sitemap, icons) or generated share images, which are addressed with their locale.
  matcher: '/((?!_next|_vercel|.*\\..*|.*opengraph-image).*)',
};
