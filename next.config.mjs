import os from 'node:os';
import createMDX from '@next/mdx';
import createNextIntlPlugin from 'next-intl/plugin';
import { MDX_PLUGINS } from './lib/content/mdx-plugins.mjs';
import { checkContentBeforeBuild } from './scripts/support/content-check-hook.mjs';

// UI strings and locale for server components: lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const withMDX = createMDX({ options: MDX_PLUGINS });

/**
 * The day this build publishes as of, fixed once for the whole build (build
 * workers load this file again and inherit the variable) and compiled into
 * the server, so pages, sitemap, feed and search agree on what is published
 * (lib/content/publication.ts).
 */
process.env.SITE_PUBLISHED_AS_OF ??= new Date().toISOString().slice(0, 10);

/**
 * Security headers for every route, set once here (docs/security.md).
 *
 * script-src allows 'unsafe-inline' because pages are rendered to static
 * HTML at build time and Next.js inlines its hydration data in <script>
 * tags; a nonce would need every page rendered per request, which would
 * cost the speed readers on slow phones need. What keeps this safe: no
 * user input is ever rendered unescaped, content files may not contain
 * code (content:check), and no third-party script is loaded, so only
 * same-origin and Next.js's own inline scripts can run.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  // Inline style attributes (initials avatars) and Next.js's font styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  env: { SITE_PUBLISHED_AS_OF: process.env.SITE_PUBLISHED_AS_OF },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
  reactStrictMode: true,
  experimental: {
    // An address no route serves gets app/global-not-found.tsx, a 404 page rendered on the server with the
    // site's frame; a catch-all route's notFound() is sent as an empty shell that only JavaScript fills.
    globalNotFound: true,
    // Static generation is CPU-bound: use both cores of the build machine.
    cpus: Math.max(1, os.availableParallelism()),
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
  // A bad content file never reaches a build (scripts/support/content-check-hook.mjs).
  checkContentBeforeBuild(phase);
  return withNextIntl(withMDX(nextConfig));
}
