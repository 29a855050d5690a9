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

// Every address but Next.js's own files and the API: which addresses are aliases is
// decided in lib/i18n/address-rules.ts from lib/routes.ts, so a renamed path or a new
// language changes that one file, not this list. A miss is one lookup in memory.
export const config = {
  matcher: ['/((?!_next/|api/).*)'],
};
