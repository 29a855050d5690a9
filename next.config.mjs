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
  experimental: {
    serverActions: {
      // A consultation request is a few kilobytes; refuse anything far larger.
      bodySizeLimit: '64kb',
      // Posts from other origins are refused by Next.js. Behind a reverse proxy
      // that changes the Host header, list the public host here, e.g.
      // allowedOrigins: ['www.example.com'].
    },
  },
};

export default withMDX(nextConfig);
