import type { GitHubSettings } from '../mode';

/** GitHub answered something the editor did not expect; its status says whether it is ours to handle. */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
  ) {
    super(`GitHub answered ${status} to ${path}`);
  }
}

export type GitHubApi = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** GitHub's REST API as the signed-in person: every change is theirs in GitHub's record. */
export function gitHubApi(settings: Pick<GitHubSettings, 'apiUrl'>, token: string): GitHubApi {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${settings.apiUrl}${path}`, {
      method,
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${token}`,
        'X-GitHub-Api-Version': '2022-11-28',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
    if (!response.ok) throw new GitHubError(response.status, path);
    return (await response.json()) as T;
  };
}
