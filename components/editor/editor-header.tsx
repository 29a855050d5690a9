import Link from 'next/link';

import type { EditorAccess } from '@/lib/editor/access';

/** The editor's bar: back to the list, and where saving goes: this computer, or GitHub as the person signed in. */
export function EditorHeader({ access }: { access?: Pick<EditorAccess, 'mode' | 'signedInAs'> }) {
  const signedInAs = access?.signedInAs;
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/editor" className="text-lg font-semibold text-white underline">
          Content editor
        </Link>
        <p className="text-base">
          {signedInAs ? (
            <>
              Signed in with GitHub as <strong>{signedInAs}</strong> ·{' '}
              <a href="/editor/sign-out" className="text-white underline">
                Sign out
              </a>
            </>
          ) : access?.mode === 'local' ? (
            'On this computer: saving writes the files in content/'
          ) : null}
        </p>
      </div>
    </header>
  );
}
