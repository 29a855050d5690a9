import type { ReactNode } from 'react';
import { Link } from '@/components/link';

/** The title of a card in a list (articles, practice areas, attorneys, search hits): a link at least 44 px tall to tap. */
export function CardLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="inline-flex min-h-11 items-center text-brand-800 underline-offset-4 hover:underline">
      {children}
    </Link>
  );
}
