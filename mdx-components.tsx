import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from '@/components/mdx';
import { FootnoteAwareLink } from '@/components/mdx/footnote-link';

// Required by @next/mdx: the components every MDX file in content/ may use,
// and the HTML elements rendered in the page's language.
export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...components, a: FootnoteAwareLink, ...mdxComponents };
}
