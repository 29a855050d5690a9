import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from '@/components/mdx';
import { FootnoteAwareLink } from '@/components/mdx/footnote-link';

/** The components every MDX file in content/ may use, and the HTML elements rendered in the page's language. */
export const SITE_MDX_COMPONENTS: MDXComponents = { a: FootnoteAwareLink, ...mdxComponents };

// Required by @next/mdx; the editor's preview passes SITE_MDX_COMPONENTS itself.
export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...components, ...SITE_MDX_COMPONENTS };
}
