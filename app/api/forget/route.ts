import { forgetCookieHeaders } from '@/lib/consultation/intake/forget';

/**
 * The quick exit's last call (components/quick-exit-button.tsx): the
 * cookies that hold what a person typed are expired
 * (lib/consultation/intake/forget.ts), so the next person to pick up the
 * phone finds none of it.
 */
export function POST() {
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  for (const line of forgetCookieHeaders()) headers.append('Set-Cookie', line);
  return new Response(null, { status: 204, headers });
}
