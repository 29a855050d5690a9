import { EditorHeader } from '@/components/editor/editor-header';
import { SignIn } from '@/components/editor/sign-in';
import { gitHubModeOrNotFound } from '@/lib/editor/access';

type Props = { searchParams: Promise<{ problem?: string; account?: string }> };

export const metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: Props) {
  const { repo } = await gitHubModeOrNotFound();
  const { problem, account } = await searchParams;
  return (
    <>
      <EditorHeader />
      <main id="main" className="mx-auto max-w-prose px-4 py-8">
        <SignIn repo={repo} problem={problem} account={account} />
      </main>
    </>
  );
}
