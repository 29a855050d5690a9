import { NextResponse, type NextRequest } from 'next/server';
import { addressMeant } from '@/lib/i18n/address-rules';

/**
 * Addresses that clearly mean a page without being its address (a needless
 * /en, /ES, English folder names under /es, Spanish words without /es:
 * lib/i18n/address-rules.ts) get a permanent redirect to it, the query kept.
 * It runs on those addresses only: no page of the site passes through it.
 */
export function proxy(request: NextRequest) {
  const address = addressMeant(request.nextUrl.pathname);
  if (!address) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = address;
  return NextResponse.redirect(target, 308);
}

// Written out because Next.js reads it without running the code; tests/unit/routes.test.ts holds it to aliasMatchers().
export const config = {
  matcher: [
    '/ES/:path*',
    '/abogados/:path*',
    '/areas-de-practica/:path*',
    '/articulos/:path*',
    '/aviso-legal/:path*',
    '/buscar/:path*',
    '/conozca-sus-derechos/:path*',
    '/contacto/:path*',
    '/detenidos/:path*',
    '/en/:path*',
    '/es/about/:path*',
    '/es/articles/:path*',
    '/es/attorneys/:path*',
    '/es/contact/:path*',
    '/es/detained/:path*',
    '/es/disclaimer/:path*',
    '/es/faq/:path*',
    '/es/for-defense-attorneys/:path*',
    '/es/glossary/:path*',
    '/es/know-your-rights/:path*',
    '/es/practice-areas/:path*',
    '/es/privacy/:path*',
    '/es/relief-check/:path*',
    '/es/search/:path*',
    '/es/what-to-gather/:path*',
    '/glosario/:path*',
    '/para-abogados-defensores/:path*',
    '/preguntas-frecuentes/:path*',
    '/privacidad/:path*',
    '/que-reunir/:path*',
    '/revisar-mi-caso/:path*',
    '/sobre-nosotros/:path*',
  ],
};
