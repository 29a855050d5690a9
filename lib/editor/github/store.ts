import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GitHubSettings } from '../mode';
import type { ContentStore, SaveOutcome, SaveRequest, StoredFile } from '../store';
import { gitHubApi, GitHubError, type GitHubApi } from './api';

/** One branch, and so one pull request, per file: `editor/content-es-articles-x`. */
export function branchFor(file: string): string {
  return `editor/${file.replace(/\.mdx$/, '').replace(/[^a-z0-9]+/g, '-')}`;
}

/** The title of an editor's pull request names its file, so the editor can list open changes. */
const PULL_TITLE = 'Content: ';

type Contents = { sha: string; content: string; encoding: string };

async function orUndefined<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof GitHubError && error.status === 404) return undefined;
    throw error;
  }
}

function contentsPath(repo: string, file: string): string {
  return `/repos/${repo}/contents/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The repository on GitHub, as the signed-in person: a file is read from its
 * editor branch when one is open, else from the site's branch; a save commits
 * to the file's branch (made from the site's branch the first time) and opens
 * its pull request, so nothing reaches the site without review and CI.
 * `projectRoot` is this server's copy of the project, where the content check
 * runs with the saved file dropped in.
 */
export function gitHubStore(settings: GitHubSettings, token: string, projectRoot: string): ContentStore {
  const api: GitHubApi = gitHubApi(settings, token);
  const { repo, branch: base } = settings;

  async function readAt(file: string, ref: string): Promise<StoredFile | undefined> {
    const found = await orUndefined(api<Contents>('GET', `${contentsPath(repo, file)}?ref=${encodeURIComponent(ref)}`));
    return found && { text: Buffer.from(found.content, 'base64').toString('utf8'), version: found.sha };
  }

  async function ensureBranch(name: string): Promise<void> {
    const existing = await orUndefined(api('GET', `/repos/${repo}/git/ref/heads/${name}`));
    if (existing) return;
    const baseRef = await api<{ object: { sha: string } }>('GET', `/repos/${repo}/git/ref/heads/${base}`);
    await api('POST', `/repos/${repo}/git/refs`, { ref: `refs/heads/${name}`, sha: baseRef.object.sha });
  }

  async function pullRequestFor(name: string, file: string): Promise<string> {
    const owner = repo.split('/')[0] ?? '';
    const open = await api<{ html_url: string }[]>(
      'GET',
      `/repos/${repo}/pulls?state=open&head=${encodeURIComponent(`${owner}:${name}`)}`,
    );
    const existing = open[0];
    if (existing) return existing.html_url;
    const created = await api<{ html_url: string }>('POST', `/repos/${repo}/pulls`, {
      title: `${PULL_TITLE}${file}`,
      head: name,
      base,
      body: `Saved in the site's content editor. The content check runs on this pull request; an attorney records a review in the editor's preview before a legal text is published.`,
    });
    return created.html_url;
  }

  return {
    async read(file: string) {
      return (await readAt(file, branchFor(file))) ?? (await readAt(file, base));
    },
    async save({ file, text, baseVersion, summary }: SaveRequest): Promise<SaveOutcome> {
      const name = branchFor(file);
      await ensureBranch(name);
      const current = await readAt(file, name);
      if (baseVersion === null && current) return { saved: false, reason: 'already-exists' };
      if (baseVersion !== null && current?.version !== baseVersion)
        return { saved: false, reason: 'changed-since-opened' };
      try {
        const result = await api<{ content: { sha: string } }>('PUT', contentsPath(repo, file), {
          message: summary,
          content: Buffer.from(text, 'utf8').toString('base64'),
          branch: name,
          ...(baseVersion ? { sha: baseVersion } : {}),
        });
        return { saved: true, version: result.content.sha, pullRequestUrl: await pullRequestFor(name, file) };
      } catch (error) {
        // GitHub refuses a write whose sha is no longer the file's: someone saved in between.
        if (error instanceof GitHubError && (error.status === 409 || error.status === 422)) {
          return { saved: false, reason: 'changed-since-opened' };
        }
        throw error;
      }
    },
    async openChanges() {
      const open = await api<{ title: string; html_url: string; head: { ref: string } }[]>(
        'GET',
        `/repos/${repo}/pulls?state=open&base=${encodeURIComponent(base)}&per_page=100`,
      );
      return open.flatMap((pull) => {
        const file = pull.title.startsWith(PULL_TITLE) ? pull.title.slice(PULL_TITLE.length) : '';
        return pull.head.ref === branchFor(file) ? [{ file, pullRequestUrl: pull.html_url }] : [];
      });
    },
    async checkRoot(file: string, text: string) {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-check-'));
      for (const folder of ['content', 'public']) {
        // This server's own copy of the project, read at run time: nothing for the bundler to trace.
        const source = path.join(/*turbopackIgnore: true*/ projectRoot, folder);
        if (fs.existsSync(/*turbopackIgnore: true*/ source))
          fs.cpSync(/*turbopackIgnore: true*/ source, path.join(/*turbopackIgnore: true*/ root, folder), {
            recursive: true,
          });
      }
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
      return { root, done: () => fs.rmSync(root, { recursive: true, force: true }) };
    },
  };
}
