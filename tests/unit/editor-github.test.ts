import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, sealSession } from '@/lib/editor/github/session';
import { authorizeUrl, completeSignIn } from '@/lib/editor/github/sign-in';
import { branchFor, gitHubStore } from '@/lib/editor/github/store';
import type { GitHubSettings } from '@/lib/editor/mode';
import { openDocument } from '@/lib/editor/document';
import { editorFieldsOf } from '@/lib/editor/form-fields';
import type { ContentStore } from '@/lib/editor/store';
import { attorneysWhoMaySign, recordReview } from '@/lib/editor/record-review';
import { saveFromEditor } from '@/lib/editor/save';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github';
import { VALID_SITE } from './support/fixture-site';

const REPO = 'stern-law/website';
const FILE = 'content/articles/newer-article.mdx';
const ORIGINAL = fs.readFileSync(path.join(VALID_SITE, FILE), 'utf8');
const NOW = Date.UTC(2026, 11, 7, 15);
const SECRET = 'a-session-secret-of-at-least-32-characters';

let github: FakeGitHub;
let settings: GitHubSettings;

beforeAll(async () => {
  github = await startFakeGitHub(REPO, { [FILE]: ORIGINAL });
  settings = {
    repo: REPO,
    branch: 'main',
    clientId: 'client-id',
    clientSecret: 'client-secret',
    sessionSecret: SECRET,
    apiUrl: github.url,
    webUrl: github.url,
  };
});
afterAll(() => github.close());

describe('signing in to the editor with GitHub', () => {
  it('sends the person to GitHub with the callback and the state that ties the answer to this browser', () => {
    const url = new URL(authorizeUrl(settings, 'the-state', 'https://www.example.com/editor/auth'));
    expect(url.pathname).toBe('/login/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'client-id',
      redirect_uri: 'https://www.example.com/editor/auth',
      state: 'the-state',
    });
  });

  it('lets in an account that may push to the repository, for one working day', async () => {
    const result = await completeSignIn(settings, github.codeFor({ login: 'paralegal', push: true }), NOW);
    expect(result).toEqual({ session: { token: 'token-paralegal', login: 'paralegal', expires: NOW + 8 * 3_600_000 } });
  });

  it('refuses an account without write access, and a code GitHub did not issue', async () => {
    expect(await completeSignIn(settings, github.codeFor({ login: 'visitor', push: false }), NOW)).toEqual({
      refused: 'no-write-access',
      login: 'visitor',
    });
    expect(await completeSignIn(settings, 'made-up-code', NOW)).toEqual({ refused: 'not-confirmed' });
  });

  it('keeps the session in a cookie that cannot be read, changed, reused with another secret, or used after it expires', () => {
    const session = { token: 'token-paralegal', login: 'paralegal', expires: NOW + 1000 };
    const cookie = sealSession(session, SECRET);
    expect(cookie).not.toContain('token-paralegal');
    expect(openSession(cookie, SECRET, NOW)).toEqual(session);
    // One bit of the sealed text flipped, past the nonce and the tag (lib/sealed.ts).
    const flipped = Buffer.from(cookie, 'base64url');
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 1) ^ 1, flipped.length - 1);
    const changed = flipped.toString('base64url');
    expect(openSession(changed, SECRET, NOW)).toBeUndefined();
    expect(openSession(cookie, 'another-secret-of-at-least-32-characters', NOW)).toBeUndefined();
    expect(openSession(cookie, SECRET, NOW + 1000)).toBeUndefined();
    expect(openSession(undefined, SECRET, NOW)).toBeUndefined();
  });
});

describe('saving from the editor to GitHub', () => {
  const store = () => gitHubStore(settings, 'token-paralegal', VALID_SITE);
  const branch = branchFor(FILE);

  /** What the editor's form holds once it has opened the file. */
  async function openedInForm(from: ContentStore) {
    const opened = await from.read(FILE);
    if (!opened) throw new Error('the file is missing');
    const { fields, body } = openDocument(opened.text);
    return { text: opened.text, version: opened.version, fields: editorFieldsOf(fields), body };
  }

  beforeAll(() => {
    github.codeFor({ login: 'paralegal', push: true });
    github.codeFor({ login: 'lead-attorney', push: true });
  });

  it('opening and saving unchanged commits nothing', async () => {
    const { version, fields, body } = await openedInForm(store());
    const result = await saveFromEditor(store(), { file: FILE, locale: 'en', version, fields, body });
    expect(result).toMatchObject({ saved: true, unchanged: true });
    expect(github.commits).toEqual([]);
  });

  it('a change is committed by the person to the file’s own branch, with one pull request, and the site’s branch is untouched', async () => {
    for (const word of ['first', 'second']) {
      const { version, fields, body } = await openedInForm(store());
      const result = await saveFromEditor(store(), {
        file: FILE,
        locale: 'en',
        version,
        fields,
        body: `${body}\nA ${word} new sentence.\n`,
      });
      expect(result).toMatchObject({
        saved: true,
        unchanged: false,
        pullRequestUrl: `https://github.test/${REPO}/pull/1`,
      });
    }
    expect(github.commits.map(({ branch: to, author }) => ({ to, author }))).toEqual([
      { to: branch, author: 'paralegal' },
      { to: branch, author: 'paralegal' },
    ]);
    expect(github.pulls).toEqual([expect.objectContaining({ head: branch, base: 'main' })]);
    // Listed as waiting to be published, with its file, until it merges.
    expect(await store().openChanges()).toEqual([{ file: FILE, pullRequestUrl: `https://github.test/${REPO}/pull/1` }]);
    expect(github.branches.get(branch)?.get(FILE)?.text).toContain('A second new sentence.');
    expect(github.branches.get('main')?.get(FILE)?.text).toBe(ORIGINAL);
  });

  it('refuses to save over a change someone else made after the file was opened', async () => {
    const { text, version, fields, body } = await openedInForm(store());
    github.commitAsSomeoneElse(branch, FILE, `${text}\nTheir sentence.\n`);
    const result = await saveFromEditor(store(), {
      file: FILE,
      locale: 'en',
      version,
      fields,
      body: `${body}\nMine.\n`,
    });
    expect(result).toMatchObject({ saved: false, message: expect.stringContaining('Someone changed') });
    expect(github.branches.get(branch)?.get(FILE)?.text).toContain('Their sentence.');
  });

  it('an attorney’s review is a commit by that attorney, of the text they read; no one signs for another', async () => {
    const attorneys = [
      { value: 'jane-doe', github: 'Lead-Attorney' },
      { value: 'john-roe', github: 'john-roe-esq' },
    ];
    expect(attorneysWhoMaySign(attorneys, 'maria-paralegal')).toEqual([]);
    expect(attorneysWhoMaySign(attorneys, 'lead-attorney')).toEqual([attorneys[0]]);
    // On a local computer no one signs in: the pull request shows the firm who recorded what.
    expect(attorneysWhoMaySign(attorneys, undefined)).toEqual(attorneys);

    const paralegal = store();
    const seen = await paralegal.read(FILE);
    if (!seen) throw new Error('the file is missing');
    const commitsBefore = github.commits.length;
    expect(
      await recordReview(
        paralegal,
        { file: FILE, version: seen.version, attorney: 'jane-doe' },
        '2026-12-07',
        attorneysWhoMaySign(attorneys, 'maria-paralegal'),
      ),
    ).toBe('not-this-attorney');
    expect(github.commits).toHaveLength(commitsBefore);

    const attorney = gitHubStore(settings, 'token-lead-attorney', VALID_SITE);
    const opened = await attorney.read(FILE);
    if (!opened) throw new Error('the file is missing');
    expect(
      await recordReview(
        attorney,
        { file: FILE, version: opened.version, attorney: 'jane-doe' },
        '2026-12-07',
        attorneysWhoMaySign(attorneys, 'lead-attorney'),
      ),
    ).toBe('recorded');
    expect(github.commits.at(-1)).toEqual({
      branch,
      file: FILE,
      message: `Review of ${FILE} by jane-doe`,
      author: 'lead-attorney',
    });
    expect(github.branches.get(branch)?.get(FILE)?.text).toMatch(
      /reviewedBy: jane-doe\nreviewed: 2026-12-07\nreviewedText: [0-9a-f]{12}\n/,
    );
  });

  it('a new article may not take the name of one that exists', async () => {
    const { fields, body } = openDocument(ORIGINAL);
    const result = await saveFromEditor(store(), {
      slug: 'newer-article',
      locale: 'en',
      version: null,
      fields: editorFieldsOf(fields),
      body,
    });
    expect(result).toMatchObject({ saved: false, message: expect.stringContaining('already an article') });
  });
});
