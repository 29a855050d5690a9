import { CHECK_COOKIES } from '@/lib/consultation/intake/check-revisit';
import { RECEIPT_COOKIE } from '@/lib/consultation/intake/receipt';
import { LOCALES, pagePath } from '@/lib/routes';

/** A `Set-Cookie` line that expires the cookie `name` kept under `path`. */
function expired(name: string, path: string): string {
  return `${name}=; Path=${path}; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax`;
}

/**
 * Every cookie that holds what a person typed, expired: the relief check's
 * pieces under each language's address of the check (kept for Back without
 * JavaScript) and the confirmation's read-back. Written as headers, not
 * through Next.js's cookie jar, because the jar keeps one change per name
 * and the check's cookies have the same names under two paths; and each is
 * expired whether or not the request carried it, since a request to
 * /api/forget carries none of those kept under the check's own path.
 */
export function forgetCookieHeaders(): string[] {
  return [
    ...LOCALES.flatMap((locale) => CHECK_COOKIES.map((name) => expired(name, pagePath('reliefCheck', locale)))),
    expired(RECEIPT_COOKIE, '/'),
  ];
}
