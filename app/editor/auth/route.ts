import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { gitHubModeOrNotFound } from '@/lib/editor/access';
import { sealSession, SESSION_COOKIE, SESSION_HOURS } from '@/lib/editor/github/session';
import { completeSignIn, STATE_COOKIE } from '@/lib/editor/github/sign-in';

// GitHub sends the person back here after sign-in (the OAuth app's callback URL).
export async function GET(request: NextRequest) {
  const settings = await gitHubModeOrNotFound();
  const jar = await cookies();
  const expected = jar.get(STATE_COOKIE)?.value;
  jar.delete({ name: STATE_COOKIE, path: '/editor' });
  const code = request.nextUrl.searchParams.get('code');
  if (!code || !expected || request.nextUrl.searchParams.get('state') !== expected) {
    redirect('/editor/sign-in?problem=not-confirmed');
  }
  const result = await completeSignIn(settings, code, Date.now());
  if ('refused' in result) {
    const account = result.refused === 'no-write-access' ? `&account=${encodeURIComponent(result.login)}` : '';
    redirect(`/editor/sign-in?problem=${result.refused}${account}`);
  }
  jar.set(SESSION_COOKIE, sealSession(result.session, settings.sessionSecret), {
    httpOnly: true,
    secure: env.SITE_URL.startsWith('https:'),
    sameSite: 'lax',
    path: '/editor',
    maxAge: SESSION_HOURS * 3600,
  });
  redirect('/editor');
}
