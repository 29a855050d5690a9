import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { gitHubModeOrNotFound } from '@/lib/editor/access';
import { SESSION_COOKIE } from '@/lib/editor/github/session';

export async function GET() {
  await gitHubModeOrNotFound();
  (await cookies()).delete({ name: SESSION_COOKIE, path: '/editor' });
  redirect('/editor/sign-in');
}
