/**
 * The GitHub of the browser tests (tests/support/fake-github.ts) as a
 * process for Playwright: the repository holds the fixture site's content
 * files, and its sign-in page signs in an account that may push.
 * Usage: node --import tsx tests/support/fake-github-server.ts <port> <owner/name> [account]
 */
import fs from 'node:fs';
import path from 'node:path';
import { startFakeGitHub } from './fake-github';

const port = Number(process.argv[2] ?? 2527);
const repo = process.argv[3] ?? 'stern-law/website';
const login = process.argv[4] ?? 'maria-paralegal';
const site = path.resolve('tests/fixtures/sites/valid');
const files = Object.fromEntries(
  (fs.readdirSync(path.join(site, 'content'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => [
      `content/${file.split(path.sep).join('/')}`,
      fs.readFileSync(path.join(site, 'content', file), 'utf8'),
    ]),
);

void startFakeGitHub(repo, files, { port, signsInAs: { login, push: true } }).then((github) =>
  console.log(`test GitHub on ${github.url} for ${repo}`),
);
