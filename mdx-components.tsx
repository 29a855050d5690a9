import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from '@/components/mdx';

// Required by @next/mdx: the components every MDX file in content/ may use.
export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...components, ...mdxComponents };
}
