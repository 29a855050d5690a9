import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Next.js's Link without prefetching pages as their links scroll into view.
 * An article page has some twenty links; prefetching them all costs a reader
 * on a prepaid phone plan data and, while the page is still loading, the
 * main thread. Pages still open as client-side navigations when tapped.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
