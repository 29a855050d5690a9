import { z } from '@/lib/zod';

/**
 * Every environment variable the site reads, parsed once. A bad value stops
 * start-up with a message naming the variable. README.md and .env.example
 * list the same variables with the same defaults.
 */

function wholeNumber(name: string, fallback: number, min: number) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === '') return fallback;
      const value = Number(raw);
      if (!Number.isInteger(value) || value < min) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a whole number of at least ${min}, got "${raw}"` });
        return z.NEVER;
      }
      return value;
    });
}

function optionalText(schema: z.ZodType<string>) {
  return z.preprocess((raw) => (typeof raw === 'string' && raw.trim() === '' ? undefined : raw), schema.optional());
}

const envSchema = z.object({
  SITE_URL: optionalText(
    z.url({ protocol: /^https?$/, error: 'SITE_URL must be a full http(s) URL such as https://www.example.com' }),
  ).transform((url) => (url ?? 'http://localhost:3000').replace(/\/+$/, '')),
  SMTP_URL: optionalText(
    z.url({
      protocol: /^smtps?$/,
      error: 'SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465',
    }),
  ),
  CONSULT_TO: optionalText(
    z.email({
      pattern: z.regexes.html5Email,
      error: 'CONSULT_TO must be one email address, the firm inbox that receives requests',
    }),
  ).transform((value) => value ?? 'intake@localhost'),
  CONSULT_FROM: optionalText(
    z.email({
      pattern: z.regexes.html5Email,
      error: 'CONSULT_FROM must be one email address that your SMTP server may send from',
    }),
  ).transform((value) => value ?? 'website@localhost'),
  DATABASE_URL: optionalText(
    z.url({
      protocol: /^postgres(ql)?$/,
      error:
        'DATABASE_URL must look like postgres://user:password@host:5432/database, or be left unset for the folder store',
    }),
  ),
  OUTBOX_DIR: optionalText(z.string()).transform((value) => value ?? 'data/outbox'),
  MAIL_DIR: optionalText(z.string()).transform((value) => value ?? 'data/mail'),
  OUTBOX_RETRY_MS: wholeNumber('OUTBOX_RETRY_MS', 60_000, 100),
  OUTBOX_MAX_ATTEMPTS: wholeNumber('OUTBOX_MAX_ATTEMPTS', 20, 1),
  OUTBOX_LEASE_MS: wholeNumber('OUTBOX_LEASE_MS', 600_000, 1_000),
  OUTBOX_FLUSH_TOKEN: optionalText(
    z.string().min(32, { error: 'OUTBOX_FLUSH_TOKEN must be at least 32 characters long (try: openssl rand -hex 32)' }),
  ),
  CONSULT_MIN_FILL_MS: wholeNumber('CONSULT_MIN_FILL_MS', 3_000, 0),
  CONSULT_RATE_LIMIT: wholeNumber('CONSULT_RATE_LIMIT', 5, 0),
  TRUST_PROXY: wholeNumber('TRUST_PROXY', 0, 0),
  FORM_SECRET: optionalText(z.string().min(32, { error: 'FORM_SECRET must be at least 32 characters long' })),
  // The content editor (/editor, docs/editor.md): lib/editor/mode.ts says which mode these make.
  CONTENT_EDITOR: optionalText(
    z.enum(['local'], {
      error: 'CONTENT_EDITOR must be "local" (the editor writes files on this machine) or be left unset',
    }),
  ),
  CONTENT_EDITOR_ROOT: optionalText(z.string()).transform((value) => value ?? '.'),
  EDITOR_GITHUB_REPO: optionalText(
    z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: 'EDITOR_GITHUB_REPO must be owner/name, e.g. stern-law/website' }),
  ),
  EDITOR_GITHUB_BRANCH: optionalText(z.string()).transform((value) => value ?? 'main'),
  EDITOR_GITHUB_CLIENT_ID: optionalText(z.string()),
  EDITOR_GITHUB_CLIENT_SECRET: optionalText(z.string()),
  EDITOR_SESSION_SECRET: optionalText(
    z
      .string()
      .min(32, { error: 'EDITOR_SESSION_SECRET must be at least 32 characters long (try: openssl rand -hex 32)' }),
  ),
  EDITOR_GITHUB_API_URL: optionalText(z.url({ protocol: /^https?$/ })).transform((value) =>
    (value ?? 'https://api.github.com').replace(/\/+$/, ''),
  ),
  EDITOR_GITHUB_WEB_URL: optionalText(z.url({ protocol: /^https?$/ })).transform((value) =>
    (value ?? 'https://github.com').replace(/\/+$/, ''),
  ),
});

export type Env = z.infer<typeof envSchema>;
export const ENV_VARIABLES = Object.keys(envSchema.shape);

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${String(issue.path[0] ?? '')}: ${issue.message}`);
    throw new Error(
      `Invalid environment configuration:\n${lines.join('\n')}\nFix these variables (see .env.example) and start again.`,
    );
  }
  return result.data;
}

export const env = parseEnv(process.env);

/**
 * Said loudly when a production server starts without SITE_URL: every
 * canonical link, hreflang, share address and feed would name
 * http://localhost:3000, and search engines would index that.
 */
export function siteUrlWarning(variables: Partial<Record<string, string>> = process.env): string | undefined {
  if (variables.SITE_URL?.trim()) return undefined;
  return [
    '',
    '!!! SITE_URL is not set: canonical links, hreflang, the sitemap, the feeds and share links all say',
    '!!! http://localhost:3000. Fine on your own machine; before the site is public, set SITE_URL to its',
    '!!! https address (README, Configuration) and run npm run launch-check.',
    '',
  ].join('\n');
}
