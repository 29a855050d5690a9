import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/lib/env';
import { gitHubModeOrNotFound } from '@/lib/editor/access';
import { authorizeUrl, newState, STATE_COOKIE } from '@/lib/editor/github/sign-in';

// "Sign in with GitHub": remember a random state in this browser, then ask GitHub.
export async function GET() {
  const settings = await gitHubModeOrNotFound();
  const state = newState();
  (await cookies()).set(STATE_COOKIE, state, {
    httpOnly: true,
    secure: env.SITE_URL.startsWith('https:'),
    sameSite: 'lax',
    path: '/editor',
    maxAge: 600,
  });
  redirect(authorizeUrl(settings, state, `${env.SITE_URL}/editor/auth`));
}
