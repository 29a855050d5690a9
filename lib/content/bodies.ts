import type { ComponentType } from 'react';

type MdxModule = { default: ComponentType };

// The template literal tells the bundler which folder to compile at build
// time (through @next/mdx), so bodies become static React, not runtime MDX.
export async function loadArticleBody(slug: string): Promise<ComponentType> {
  const mdx = (await import(`@/content/articles/${slug}.mdx`)) as MdxModule;
  return mdx.default;
}

export async function loadPracticeAreaBody(slug: string): Promise<ComponentType> {
  const mdx = (await import(`@/content/practice-areas/${slug}.mdx`)) as MdxModule;
  return mdx.default;
}

export async function loadAttorneyBody(slug: string): Promise<ComponentType> {
  const mdx = (await import(`@/content/attorneys/${slug}.mdx`)) as MdxModule;
  return mdx.default;
}

export async function loadPageBody(slug: string): Promise<ComponentType> {
  const mdx = (await import(`@/content/pages/${slug}.mdx`)) as MdxModule;
  return mdx.default;
}
