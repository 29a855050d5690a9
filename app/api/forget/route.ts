import { cookies } from 'next/headers';
import { forgetCheckState } from '@/lib/consultation/intake/check-revisit';
import { RECEIPT_COOKIE } from '@/lib/consultation/intake/receipt';
import { LOCALES, pagePath } from '@/lib/routes';

/**
 * The quick exit's last call (components/quick-exit-button.tsx): the
 * cookies that hold what a person typed (the relief check's answers kept
 * for Back without JavaScript, the confirmation's read-back) are expired,
 * so the next person to pick up the phone finds none of it.
 */
export async function POST() {
  const jar = await cookies();
  for (const locale of LOCALES) forgetCheckState(jar, pagePath('reliefCheck', locale));
  jar.delete({ name: RECEIPT_COOKIE, path: '/' });
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
