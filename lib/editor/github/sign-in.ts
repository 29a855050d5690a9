import { randomBytes } from 'node:crypto';
import type { GitHubSettings } from '../mode';
import { gitHubApi, GitHubError } from './api';
import { SESSION_HOURS, type EditorSession } from './session';

/** The cookie that ties GitHub's answer to the browser that asked (OAuth's `state`). */
export const STATE_COOKIE = 'editor_oauth_state';

export function newState(): string {
  return randomBytes(24).toString('base64url');
}

/** Where the sign-in button sends the person: GitHub's page that asks them to let the editor act for them. */
export function authorizeUrl(settings: GitHubSettings, state: string, callbackUrl: string): string {
  const query = new URLSearchParams({
    client_id: settings.clientId,
    redirect_uri: callbackUrl,
    // Writing branches and pull requests of a repository, private ones included, needs the `repo` scope.
    scope: 'repo',
    state,
    allow_signup: 'false',
  });
  return `${settings.webUrl}/login/oauth/authorize?${query.toString()}`;
}

export type SignInResult =
  { session: EditorSession } | { refused: 'not-confirmed' } | { refused: 'no-write-access'; login: string };

/**
 * Completes GitHub's sign-in: trades the code for a token, and lets in only
 * someone whose account may push to the repository (GitHub decides, and the
 * editor asks it again at every sign-in).
 */
export async function completeSignIn(settings: GitHubSettings, code: string, now: number): Promise<SignInResult> {
  const response = await fetch(`${settings.webUrl}/login/oauth/access_token`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_id: settings.clientId, client_secret: settings.clientSecret, code }),
    cache: 'no-store',
  });
  const answer = (await response.json().catch(() => ({}))) as { access_token?: unknown };
  if (!response.ok || typeof answer.access_token !== 'string') {
    return { refused: 'not-confirmed' };
  }
  const api = gitHubApi(settings, answer.access_token);
  const user = await api<{ login: string }>('GET', '/user');
  const repository = await api<{ permissions?: { push?: boolean } }>('GET', `/repos/${settings.repo}`).catch(
    (error: unknown) => {
      if (error instanceof GitHubError && error.status === 404) return undefined;
      throw error;
    },
  );
  if (!repository?.permissions?.push) {
    return { refused: 'no-write-access', login: user.login };
  }
  return { session: { token: answer.access_token, login: user.login, expires: now + SESSION_HOURS * 3_600_000 } };
}
