import { execFileSync } from 'node:child_process';
import createMDX from '@next/mdx';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

const withMDX = createMDX({
  options: {
    // Turbopack takes plugins by name only. Frontmatter is parsed (and
    // validated) by lib/content; remark-frontmatter keeps it out of the body.
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
    rehypePlugins: ['rehype-slug', ['rehype-autolink-headings', { behavior: 'wrap' }]],
  },
});

/**
 * `next build` runs the content check first, however it is started, so a
 * bad file can never be deployed. Build workers load this file again; the
 * variable keeps the check to one run per build.
 */
function checkContentBeforeBuild(phase) {
  if (phase !== PHASE_PRODUCTION_BUILD || process.env.CONTENT_CHECKED === '1') return;
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts'], { stdio: 'inherit' });
  } catch {
    console.error('\nThe build stopped: fix the content problems listed above (CONTRIBUTING.md explains each one).');
    process.exit(1);
  }
  process.env.CONTENT_CHECKED = '1';
}

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

export default function config(phase) {
  checkContentBeforeBuild(phase);
  return withMDX(nextConfig);
}
