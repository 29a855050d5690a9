import path from 'node:path';
import type { Env } from '@/lib/env';

export type GitHubSettings = {
  repo: string;
  branch: string;
  clientId: string;
  clientSecret: string;
  sessionSecret: string;
  apiUrl: string;
  webUrl: string;
};

/**
 * Where the editor saves, or that it does not exist:
 * - `local`: files under `root` on this machine, no sign-in — under `npm run
 *   dev`, or with CONTENT_EDITOR=local (a staff member's own computer, the
 *   browser tests). launch-check refuses it on a public server.
 * - `github`: a branch and a pull request per change, for people signed in
 *   with GitHub who may push to the repository.
 * - `off`: every editor address answers 404.
 */
export type EditorMode =
  | { kind: 'off' }
  | { kind: 'local'; root: string }
  /** `root`: this server's copy of the repository, which lists the files and runs the check. */
  | { kind: 'github'; root: string; github: GitHubSettings };

type EditorEnv = Pick<
  Env,
  | 'CONTENT_EDITOR'
  | 'CONTENT_EDITOR_ROOT'
  | 'EDITOR_GITHUB_REPO'
  | 'EDITOR_GITHUB_BRANCH'
  | 'EDITOR_GITHUB_CLIENT_ID'
  | 'EDITOR_GITHUB_CLIENT_SECRET'
  | 'EDITOR_SESSION_SECRET'
  | 'EDITOR_GITHUB_API_URL'
  | 'EDITOR_GITHUB_WEB_URL'
>;

export function editorMode(variables: EditorEnv, nodeEnv: string | undefined): EditorMode {
  if (variables.CONTENT_EDITOR === 'local' || nodeEnv === 'development') {
    return { kind: 'local', root: path.resolve(variables.CONTENT_EDITOR_ROOT) };
  }
  const { EDITOR_GITHUB_REPO, EDITOR_GITHUB_CLIENT_ID, EDITOR_GITHUB_CLIENT_SECRET, EDITOR_SESSION_SECRET } = variables;
  if (EDITOR_GITHUB_REPO && EDITOR_GITHUB_CLIENT_ID && EDITOR_GITHUB_CLIENT_SECRET && EDITOR_SESSION_SECRET) {
    return {
      kind: 'github',
      root: path.resolve(variables.CONTENT_EDITOR_ROOT),
      github: {
        repo: EDITOR_GITHUB_REPO,
        branch: variables.EDITOR_GITHUB_BRANCH,
        clientId: EDITOR_GITHUB_CLIENT_ID,
        clientSecret: EDITOR_GITHUB_CLIENT_SECRET,
        sessionSecret: EDITOR_SESSION_SECRET,
        apiUrl: variables.EDITOR_GITHUB_API_URL,
        webUrl: variables.EDITOR_GITHUB_WEB_URL,
      },
    };
  }
  return { kind: 'off' };
}
