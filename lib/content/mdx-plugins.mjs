// The MDX plugins every article and page is compiled with, by package name
// (Turbopack takes plugins by name only): next.config.mjs gives them to
// @next/mdx, and the editor's preview (lib/editor/preview.ts) compiles with
// the same list, so a preview is the page the site will build.
// Frontmatter is parsed (and validated) by lib/content; remark-frontmatter
// keeps it out of the body.
export const MDX_PLUGINS = {
  remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
  rehypePlugins: ['rehype-slug', ['rehype-autolink-headings', { behavior: 'wrap' }]],
};
