type Props = { repo: string; problem?: string; account?: string };

/** Why signing in did not work, in words, and the one button that starts it again. */
function problemText(problem: string | undefined, account: string | undefined, repo: string): string | undefined {
  if (problem === 'no-write-access') {
    return `The GitHub account ${account ?? ''} cannot save to ${repo}. Ask the firm's developer to give it write access, then sign in again.`;
  }
  if (problem === 'not-confirmed') return 'GitHub did not confirm the sign-in. Sign in again.';
  return undefined;
}

export function SignIn({ repo, problem, account }: Props) {
  const message = problemText(problem, account, repo);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Sign in to edit the site</h1>
      {message && (
        <p role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-3 text-base text-red-900">
          {message}
        </p>
      )}
      <p className="mt-4 text-base">
        The editor saves your changes to the site&rsquo;s files on GitHub, as you: each change becomes a pull request
        that is checked and reviewed before it is published. You need a GitHub account with write access to {repo}.
      </p>
      <p className="mt-6">
        <a href="/editor/sign-in/github" className="button-primary">
          Sign in with GitHub
        </a>
      </p>
    </>
  );
}
