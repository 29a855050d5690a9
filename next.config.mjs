import createMDX from '@next/mdx';

const withMDX = createMDX({
  options: {
    // Turbopack takes plugins by name only. Frontmatter is parsed (and
    // validated) by lib/content; remark-frontmatter keeps it out of the body.
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
    rehypePlugins: ['rehype-slug', ['rehype-autolink-headings', { behavior: 'wrap' }]],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withMDX(nextConfig);
