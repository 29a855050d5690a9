import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { env } from '@/lib/env';
import { openSession, SESSION_COOKIE } from './github/session';
import { gitHubStore } from './github/store';
import { localStore } from './local-store';
import { editorMode } from './mode';
import type { ContentStore } from './store';

export type EditorAccess = {
  mode: 'local' | 'github';
  store: ContentStore;
  /** The project folder the editor lists files from and checks in. */
  root: string;
  /** Who is signed in (GitHub mode); undefined on a local machine, where no one signs in. */
  signedInAs?: string;
  /** CONTRIBUTING.md's table of what each check message means, on GitHub (GitHub mode). */
  rulesUrl?: string;
};

/**
 * The editor for this request. Off: every editor address answers 404. GitHub:
 * only someone signed in, whose account could push when they signed in, gets
 * past this line; anyone else is sent to sign in.
 */
export async function editorAccess(): Promise<EditorAccess> {
  // Read per request, never at build: the mode is the running server's (local mode needs no cookie to say so).
  await connection();
  const mode = editorMode(env, process.env.NODE_ENV);
  if (mode.kind === 'local') return { mode: 'local', store: localStore(mode.root), root: mode.root };
  if (mode.kind === 'off') notFound();
  const session = openSession((await cookies()).get(SESSION_COOKIE)?.value, mode.github.sessionSecret, Date.now());
  if (!session) redirect('/editor/sign-in');
  return {
    mode: 'github',
    store: gitHubStore(mode.github, session.token, mode.root),
    root: mode.root,
    signedInAs: session.login,
    rulesUrl: `${mode.github.webUrl}/${mode.github.repo}/blob/${mode.github.branch}/CONTRIBUTING.md#what-each-check-means`,
  };
}

/** The GitHub settings, for the sign-in routes; 404 unless the editor is in GitHub mode. */
export async function gitHubModeOrNotFound() {
  await connection();
  const mode = editorMode(env, process.env.NODE_ENV);
  if (mode.kind !== 'github') notFound();
  return mode.github;
}
