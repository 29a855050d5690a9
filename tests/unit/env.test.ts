import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES, parseEnv, siteUrlWarning } from '@/lib/env';

describe('configuration from the environment', () => {
  it('lists every variable in the README', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    for (const name of ENV_VARIABLES) expect(readme).toContain(`| \`${name}\` |`);
  });

  it('needs nothing: every variable has a default', () => {
    expect(parseEnv({})).toEqual({
      SITE_URL: 'http://localhost:3000',
      SMTP_URL: undefined,
      CONSULT_TO: 'intake@localhost',
      CONSULT_FROM: 'website@localhost',
      DATABASE_URL: undefined,
      OUTBOX_DIR: 'data/outbox',
      MAIL_DIR: 'data/mail',
      OUTBOX_RETRY_MS: 60_000,
      OUTBOX_MAX_ATTEMPTS: 20,
      OUTBOX_LEASE_MS: 600_000,
      OUTBOX_FLUSH_TOKEN: undefined,
      CONSULT_MIN_FILL_MS: 3_000,
      CONSULT_RATE_LIMIT: 5,
      TRUST_PROXY: 0,
      FORM_SECRET: undefined,
      CONTENT_EDITOR: undefined,
      CONTENT_EDITOR_ROOT: '.',
      EDITOR_GITHUB_REPO: undefined,
      EDITOR_GITHUB_BRANCH: 'main',
      EDITOR_GITHUB_CLIENT_ID: undefined,
      EDITOR_GITHUB_CLIENT_SECRET: undefined,
      EDITOR_SESSION_SECRET: undefined,
      EDITOR_GITHUB_API_URL: 'https://api.github.com',
      EDITOR_GITHUB_WEB_URL: 'https://github.com',
    });
  });

  it('accepts .env.example as it is, with the same defaults', () => {
    const example = fs.readFileSync(path.resolve(__dirname, '../../.env.example'), 'utf8');
    const variables = Object.fromEntries(
      example
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(Object.keys(variables).sort()).toEqual([...ENV_VARIABLES].sort());
    expect(parseEnv(variables)).toEqual(parseEnv({}));
  });

  it('reads numbers and URLs', () => {
    expect(
      parseEnv({
        SITE_URL: 'https://www.example.com/',
        SMTP_URL: 'smtps://u:p@mail.example.com:465',
        DATABASE_URL: 'postgres://site:secret@db.internal:5432/site',
        CONSULT_RATE_LIMIT: '0',
        OUTBOX_RETRY_MS: '500',
      }),
    ).toMatchObject({
      SITE_URL: 'https://www.example.com',
      SMTP_URL: 'smtps://u:p@mail.example.com:465',
      DATABASE_URL: 'postgres://site:secret@db.internal:5432/site',
      CONSULT_RATE_LIMIT: 0,
      OUTBOX_RETRY_MS: 500,
    });
  });

  it('stops with the name of every bad variable', () => {
    expect(() =>
      parseEnv({ SMTP_URL: 'mail.example.com', CONSULT_TO: 'not an address', OUTBOX_MAX_ATTEMPTS: 'lots' }),
    ).toThrow(
      /SMTP_URL: SMTP_URL must look like smtp:\/\/[\s\S]*CONSULT_TO: CONSULT_TO must be one email address[\s\S]*OUTBOX_MAX_ATTEMPTS: OUTBOX_MAX_ATTEMPTS must be a whole number of at least 1, got "lots"/,
    );
  });
});

describe('a server started without SITE_URL', () => {
  it('says loudly that every public link would name localhost, and is quiet once it is set', () => {
    expect(siteUrlWarning({})).toMatch(/SITE_URL is not set: canonical links, hreflang, the sitemap, the feeds/);
    expect(siteUrlWarning({ SITE_URL: '  ' })).toBeDefined();
    expect(siteUrlWarning({ SITE_URL: 'https://www.stern.example' })).toBeUndefined();
  });

  it('is warned at every start, by instrumentation.ts', () => {
    expect(fs.readFileSync(path.join(__dirname, '../../instrumentation.ts'), 'utf8')).toContain('siteUrlWarning()');
  });
});
