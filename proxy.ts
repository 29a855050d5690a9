import { NextResponse, type NextRequest } from 'next/server';
import { addressMeant } from '@/lib/i18n/address-rules';

/**
 * Addresses that clearly mean a page without being its address (a needless
 * /en, /ES, English folder names under /es, Spanish words without /es:
 * lib/i18n/address-rules.ts) get a permanent redirect to it, the query kept.
 * Every other address passes through unchanged.
 */
export function proxy(request: NextRequest) {
  const address = addressMeant(request.nextUrl.pathname);
  if (!address) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = address;
  return NextResponse.redirect(target, 308);
}

// Only the addresses that are aliases (lib/i18n/address-rules.ts, generated from lib/routes.ts), so a
// request for a page, prerendered and served from its folder, never runs code of ours (docs/performance.md).
export const config = {
  // matcher:start (npm run routes:proxy writes these lines)
  matcher: [
    '/ES/:path*',
    '/abogados/:path*',
    '/acusado-de-un-delito/:path*',
    '/areas-de-practica/:path*',
    '/articulos/:path*',
    '/articulos/pagina/:path*',
    '/aviso-legal/:path*',
    '/ayuda-en-su-idioma/:path*',
    '/buscar/:path*',
    '/conozca-sus-derechos/:path*',
    '/contacto/:path*',
    '/contacto/recibido/:path*',
    '/detenidos/:path*',
    '/en/:path*',
    '/es/about/:path*',
    '/es/articles/:path*',
    '/es/articles/page/:path*',
    '/es/attorneys/:path*',
    '/es/charged-with-a-crime/:path*',
    '/es/contact/:path*',
    '/es/contact/received/:path*',
    '/es/detained/:path*',
    '/es/disclaimer/:path*',
    '/es/faq/:path*',
    '/es/for-defense-attorneys/:path*',
    '/es/glossary/:path*',
    '/es/help-in-your-language/:path*',
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
  // matcher:end
};
