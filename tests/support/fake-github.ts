import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * GitHub's sign-in and the few REST endpoints the editor calls, on
 * 127.0.0.1: the tests cannot reach github.com, and what they check is what
 * the editor asks of GitHub and what it does with the answers. It keeps the
 * rules the editor relies on: a write needs push access and the file's
 * current sha; each branch has its own files; a pull request per branch.
 */
type Account = { login: string; push: boolean };
type File = { text: string; sha: string };
export type Commit = { branch: string; file: string; message: string; author: string };

export type FakeGitHub = {
  url: string;
  /** Every branch's files, by branch name. */
  branches: Map<string, Map<string, File>>;
  commits: Commit[];
  pulls: { head: string; base: string; title: string; url: string }[];
  /** A sign-in code GitHub would hand the browser for this account. */
  codeFor(account: Account): string;
  /** Someone else commits to a branch behind the editor's back. */
  commitAsSomeoneElse(branch: string, file: string, text: string): void;
  close(): Promise<void>;
};

let shaCounter = 0;
function newSha(): string {
  shaCounter += 1;
  return shaCounter.toString(16).padStart(40, '0');
}

/**
 * `port` 0 picks a free one. `signsInAs` is who GitHub's sign-in page says
 * the person is (the browser tests): it answers at once with a code for
 * that account, as GitHub does for someone who allowed the app before.
 */
export async function startFakeGitHub(
  repo: string,
  baseFiles: Record<string, string>,
  { port: wanted = 0, signsInAs }: { port?: number; signsInAs?: Account } = {},
): Promise<FakeGitHub> {
  const branches = new Map<string, Map<string, File>>([
    ['main', new Map(Object.entries(baseFiles).map(([file, text]) => [file, { text, sha: newSha() }]))],
  ]);
  const heads = new Map<string, string>([['main', newSha()]]);
  const accounts = new Map<string, Account>();
  const codes = new Map<string, string>();
  const commits: Commit[] = [];
  const pulls: FakeGitHub['pulls'] = [];

  function reply(response: http.ServerResponse, status: number, body: unknown) {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  }

  async function bodyOf(request: http.IncomingMessage): Promise<Record<string, unknown>> {
    let text = '';
    for await (const chunk of request) text += String(chunk);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = await bodyOf(request);
    if (request.method === 'GET' && url.pathname === '/login/oauth/authorize' && signsInAs) {
      const back = new URL(url.searchParams.get('redirect_uri') ?? '');
      back.searchParams.set('code', codeFor(signsInAs));
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      response.writeHead(302, { Location: back.toString() });
      return response.end();
    }
    // What the browser tests read back: the commits and pull requests the editor made.
    if (request.method === 'GET' && url.pathname === '/_test/record') return reply(response, 200, { commits, pulls });
    if (request.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      const token = codes.get(String(body.code));
      return token
        ? reply(response, 200, { access_token: token })
        : reply(response, 200, { error: 'bad_verification_code' });
    }
    const account = accounts.get((request.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!account) return reply(response, 401, { message: 'Bad credentials' });
    if (url.pathname === '/user') return reply(response, 200, { login: account.login });
    const prefix = `/repos/${repo}`;
    if (!url.pathname.startsWith(prefix)) return reply(response, 404, { message: 'Not Found' });
    const rest = decodeURIComponent(url.pathname.slice(prefix.length));
    if (rest === '') return reply(response, 200, { full_name: repo, permissions: { push: account.push } });

    if (rest.startsWith('/contents/')) {
      const file = rest.slice('/contents/'.length);
      if (request.method === 'GET') {
        const found = branches.get(url.searchParams.get('ref') ?? 'main')?.get(file);
        if (!found) return reply(response, 404, { message: 'Not Found' });
        return reply(response, 200, {
          sha: found.sha,
          encoding: 'base64',
          content: Buffer.from(found.text).toString('base64'),
        });
      }
      if (request.method === 'PUT') {
        if (!account.push) return reply(response, 403, { message: 'Resource not accessible' });
        const branch = branches.get(String(body.branch));
        if (!branch) return reply(response, 404, { message: 'Branch not found' });
        const current = branch.get(file);
        if (current && body.sha !== current.sha) return reply(response, 409, { message: 'sha does not match' });
        if (!current && body.sha !== undefined) return reply(response, 422, { message: 'sha given for a new file' });
        const saved = { text: Buffer.from(String(body.content), 'base64').toString('utf8'), sha: newSha() };
        branch.set(file, saved);
        heads.set(String(body.branch), newSha());
        commits.push({ branch: String(body.branch), file, message: String(body.message), author: account.login });
        return reply(response, 200, { content: { sha: saved.sha } });
      }
    }
    if (rest.startsWith('/git/ref/heads/') && request.method === 'GET') {
      const head = heads.get(rest.slice('/git/ref/heads/'.length));
      return head ? reply(response, 200, { object: { sha: head } }) : reply(response, 404, { message: 'Not Found' });
    }
    if (rest === '/git/refs' && request.method === 'POST') {
      if (!account.push) return reply(response, 403, { message: 'Resource not accessible' });
      const name = String(body.ref).replace(/^refs\/heads\//, '');
      const from = [...heads].find(([, sha]) => sha === body.sha)?.[0];
      if (!from || branches.has(name)) return reply(response, 422, { message: 'Reference cannot be created' });
      branches.set(name, new Map(branches.get(from)));
      heads.set(name, newSha());
      return reply(response, 201, { ref: body.ref });
    }
    if (rest === '/pulls' && request.method === 'GET') {
      const head = url.searchParams.get('head')?.split(':')[1];
      return reply(
        response,
        200,
        pulls
          .filter((pull) => head === undefined || pull.head === head)
          .map((pull) => ({ html_url: pull.url, title: pull.title, head: { ref: pull.head } })),
      );
    }
    if (rest === '/pulls' && request.method === 'POST') {
      const pull = {
        head: String(body.head),
        base: String(body.base),
        title: String(body.title),
        url: `https://github.test/${repo}/pull/${pulls.length + 1}`,
      };
      pulls.push(pull);
      return reply(response, 201, { html_url: pull.url });
    }
    return reply(response, 404, { message: 'Not Found' });
  });

  function codeFor(account: Account): string {
    const token = `token-${account.login}`;
    accounts.set(token, account);
    const code = `code-${account.login}`;
    codes.set(code, token);
    return code;
  }

  await new Promise<void>((resolve) => server.listen(wanted, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    branches,
    commits,
    pulls,
    codeFor,
    commitAsSomeoneElse(branch, file, text) {
      branches.get(branch)?.set(file, { text, sha: newSha() });
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
