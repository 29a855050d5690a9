import type { ComponentType } from 'react';
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes';

type MdxModule = { default: ComponentType };

// Each template literal tells the bundler which folder to compile at build
// time (through @next/mdx), so bodies become static React, not runtime MDX.
// One import per language and kind: a variable folder would make the
// bundler compile every file under content/ for each.

export async function loadArticleBody(slug: string, locale: Locale = DEFAULT_LOCALE): Promise<ComponentType> {
  const mdx = (
    locale === 'es' ? await import(`@/content/es/articles/${slug}.mdx`) : await import(`@/content/articles/${slug}.mdx`)
  ) as MdxModule;
  return mdx.default;
}

export async function loadPracticeAreaBody(slug: string, locale: Locale = DEFAULT_LOCALE): Promise<ComponentType> {
  const mdx = (
    locale === 'es'
      ? await import(`@/content/es/practice-areas/${slug}.mdx`)
      : await import(`@/content/practice-areas/${slug}.mdx`)
  ) as MdxModule;
  return mdx.default;
}

/** An attorney's biography; `file` says which language it was read in (a translation may still be missing). */
export async function loadAttorneyBody(attorney: { slug: string; file: string }): Promise<ComponentType> {
  const mdx = (
    attorney.file.startsWith('content/es/')
      ? await import(`@/content/es/attorneys/${attorney.slug}.mdx`)
      : await import(`@/content/attorneys/${attorney.slug}.mdx`)
  ) as MdxModule;
  return mdx.default;
}

export async function loadPageBody(slug: string, locale: Locale = DEFAULT_LOCALE): Promise<ComponentType> {
  const mdx = (
    locale === 'es' ? await import(`@/content/es/pages/${slug}.mdx`) : await import(`@/content/pages/${slug}.mdx`)
  ) as MdxModule;
  return mdx.default;
}
