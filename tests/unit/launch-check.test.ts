import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { RULE_REVIEWS_FILE } from '@/lib/content-check/rule-reviews';
import { launchChecklist } from '@/lib/launch/checklist';
import { launchCheck } from '@/lib/launch/launch-check';
import { ruleFingerprints } from '@/lib/relief-check/fingerprint';
import { FIXTURES, VALID_SITE } from './support/fixture-site';

const ROOT = path.resolve(__dirname, '../..');
const READY_CONTENT = path.join(FIXTURES, 'sites/ready');

/** Every rule of the relief check reviewed, with the fingerprints the rules have now (so a rule's change does not break this test). */
function reviewsOfEveryRule(fingerprints: Record<string, string>): string {
  return Object.entries(fingerprints)
    .map(
      ([rule, fingerprint]) =>
        `${rule}:\n  reviewedBy: jane-doe\n  reviewed: 2026-11-20\n  fingerprint: "${fingerprint}"\n`,
    )
    .join('');
}

/** The ready fixture site, with the relief check's rules reviewed as of now. */
const READY_SITE = (() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ready-site-'));
  fs.cpSync(READY_CONTENT, root, { recursive: true, filter: (source) => path.basename(source) !== '.next' });
  fs.writeFileSync(path.join(root, RULE_REVIEWS_FILE), reviewsOfEveryRule(ruleFingerprints()));
  return root;
})();
const TODAY = '2026-11-27';
const LIVE_ENV = {
  SITE_URL: 'https://www.stern-law.test',
  SMTP_URL: 'smtps://website:secret@mail.stern-law.test:465',
  CONSULT_TO: 'intake@stern-law.test',
  CONSULT_FROM: 'website@stern-law.test',
  FORM_SECRET: 'f'.repeat(40),
};

const READY_SITE_CHANGED = fs.mkdtempSync(path.join(os.tmpdir(), 'ready-site-changed-'));
fs.cpSync(READY_CONTENT, READY_SITE_CHANGED, {
  recursive: true,
  filter: (source) => path.basename(source) !== '.next',
});

describe('npm run launch-check', () => {
  it('refuses a fresh clone, naming each thing still missing', () => {
    const { ready, text } = launchCheck(VALID_SITE, {}, TODAY);
    expect(ready).toBe(false);
    expect(text).toContain('[ ] Every firm and attorney fact is confirmed');
    expect(text).toContain('content/firm.yaml: phone, email, address, hours are still samples');
    expect(text).toContain('[ ] Every page that states the law is reviewed by an attorney');
    expect(text).toContain('content/practice-areas/crimmigration.mdx: not reviewed by an attorney');
    expect(text).toContain('content/articles/older-article.mdx: not reviewed by an attorney');
    expect(text).not.toContain('a-draft.mdx');
    expect(text).toContain('SITE_URL is not set');
    expect(text).toContain('SMTP_URL is not set');
    expect(text).toContain('CONSULT_TO is not set');
    expect(text).toContain('CONSULT_FROM is not set');
    expect(text).toContain('[ ] Every rule of the relief check is reviewed by an attorney');
    expect(text).toContain('relief check rule padilla: not reviewed by an attorney');
    expect(text).toContain('content/firm.yaml: legalName "STERN Law, LLC" ends in LLC, not PLLC');
    expect(text).toContain('content/firm.yaml: websiteCopies is not set');
    expect(text).toContain('[ ] Every paragraph of "Help in your language" is checked by a native speaker');
    for (const code of ['es', 'zh-Hans', 'ht', 'ar', 'ur', 'pl']) {
      expect(text).toMatch(
        new RegExp(
          `content/help-in-your-language\\.yaml: ${code} \\([A-Za-z ]+\\): not yet checked by a native speaker`,
        ),
      );
    }
    expect(text).toContain('Not ready to go live: 10 of 12 items are still open.');
  });

  it('passes a site with every item done', () => {
    const { ready, text, errors } = launchCheck(READY_SITE, LIVE_ENV, TODAY);
    expect(text).toContain('Ready to go live: every item is done.');
    expect(text).not.toContain('[ ]');
    expect(errors).toEqual([]);
    expect(ready).toBe(true);
  });

  it('refuses a server whose content editor would let anyone change files', () => {
    const { ready, text } = launchCheck(READY_SITE, { ...LIVE_ENV, CONTENT_EDITOR: 'local' }, TODAY);
    expect(ready).toBe(false);
    expect(text).toContain('CONTENT_EDITOR is "local": anyone who reaches the site could change its files');
  });

  it('runs from the command line, and exits 1 while an item is open', async () => {
    // Only PATH from this process: a developer's own settings must not leak into the check.
    const settings = { PATH: process.env.PATH ?? '', NODE_ENV: 'production' as const };
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/launch-check.ts', VALID_SITE], {
      cwd: ROOT,
      env: settings,
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining('Not ready to go live: 10 of 12 items are still open.'),
    });
  }, 60_000);
});

describe('the launch checklist', () => {
  it('lists a translation whose English article changed after the version it translates', () => {
    const article = ready.articles.find((candidate) => candidate.updated);
    if (!article) throw new Error('the ready fixture site has no updated article');
    const translation = {
      ...article,
      file: 'content/es/articles/un-articulo.mdx',
      translationOf: article.slug,
      translatedFrom: '2000-01-01',
    };
    const open = launchChecklist(ready, LIVE_ENV, TODAY, [{ ...ready, locale: 'es', articles: [translation] }])
      .filter((item) => item.title === 'Every translation follows the current English article')
      .flatMap((item) => item.open);
    expect(open).toEqual([
      `${article.file} changed on ${article.updated}, after the version of 2000-01-01 that content/es/articles/un-articulo.mdx translates`,
    ]);
  });

  it('wants a relief-check rule reviewed again after it changed', () => {
    const changed = Object.fromEntries(
      Object.entries(ruleFingerprints()).map(([rule, fingerprint]) => [
        rule,
        rule === 'padilla' ? '000000000000' : fingerprint,
      ]),
    );
    fs.writeFileSync(path.join(READY_SITE_CHANGED, RULE_REVIEWS_FILE), reviewsOfEveryRule(changed));
    const { ready, text } = launchCheck(READY_SITE_CHANGED, LIVE_ENV, TODAY);
    expect(ready).toBe(false);
    expect(text).toContain('relief check rule padilla: changed after its review on 2026-11-20');
    expect(text).toContain('Not ready to go live: 1 of 12 items are still open.');
  });

  const ready = loadContent(READY_SITE);
  const open = (env: Record<string, string>) =>
    launchChecklist(ready, env, TODAY)
      .filter((item) => !item.ok)
      .flatMap((item) => item.open);

  it('lists each paragraph of "Help in your language" until a native speaker has checked it', () => {
    const unchecked = { ...ready.languageHelp.ht, reviewedBy: undefined, reviewed: undefined };
    const items = launchChecklist(
      { ...ready, languageHelp: { ...ready.languageHelp, ht: unchecked } },
      LIVE_ENV,
      TODAY,
    );
    const open = items.filter((entry) => !entry.ok);
    expect(open.map((entry) => entry.title)).toEqual([
      'Every paragraph of "Help in your language" is checked by a native speaker',
    ]);
    expect(open[0]?.open).toEqual([
      'content/help-in-your-language.yaml: ht (Haitian Creole): not yet checked by a native speaker',
    ]);
  });

  it('wants a public https address, not a local or example one', () => {
    for (const [url, problem] of [
      ['http://localhost:3000', 'is a local or example address'],
      ['https://www.example.com', 'is a local or example address'],
      ['http://www.stern-law.test', 'does not use https'],
    ] as const) {
      expect(open({ ...LIVE_ENV, SITE_URL: url })).toEqual([`SITE_URL "${url}" ${problem}`]);
    }
  });

  it('wants every translated article reviewed too', () => {
    const article = ready.articles.find((candidate) => candidate.reviewed !== undefined);
    if (!article) throw new Error('the ready fixture site has no reviewed article');
    const translation = { ...article, file: 'content/es/articles/un-articulo.mdx', reviewed: undefined };
    const items = launchChecklist(ready, LIVE_ENV, TODAY, [{ ...ready, locale: 'es', articles: [translation] }]);
    expect(items.filter((item) => !item.ok).flatMap((item) => item.open)).toEqual([
      'content/es/articles/un-articulo.mdx: not reviewed by an attorney',
    ]);
  });

  it('wants an article reviewed again after it changed', () => {
    const changed = {
      ...ready,
      articles: ready.articles.map((article) => ({ ...article, updated: '2026-06-01' })),
    };
    const items = launchChecklist(changed, LIVE_ENV, TODAY).filter((item) => !item.ok);
    expect(items.map((item) => item.title)).toEqual(['Every page that states the law is reviewed by an attorney']);
    expect(items[0]?.open).toContain(
      'content/articles/newer-article.mdx: updated on 2026-06-01, after its review on 2026-03-02',
    );
  });

  it('wants every FAQ answer, glossary entry and practice area reviewed, and again after a change', () => {
    const unreviewed = {
      ...ready,
      faq: ready.faq.map((entry) => ({ ...entry, reviewedBy: undefined, reviewed: undefined })),
      glossary: ready.glossary.map((term, index) => (index === 0 ? { ...term, updated: '2026-06-01' } : term)),
      practiceAreas: ready.practiceAreas.map((area, index) =>
        index === 0 ? { ...area, reviewedBy: undefined, reviewed: undefined } : area,
      ),
    };
    const open = launchChecklist(unreviewed, LIVE_ENV, TODAY)
      .filter((item) => !item.ok)
      .flatMap((item) => item.open);
    expect(open).toEqual([
      `content/practice-areas/${ready.practiceAreas[0]?.slug}.mdx: not reviewed by an attorney`,
      'content/faq.yaml: "Where do I find the newer article?": not reviewed by an attorney',
      `content/glossary.yaml: ${ready.glossary[0]?.id}: updated on 2026-06-01, after its review on 2026-03-02`,
    ]);
  });

  it('refuses a New York firm whose legal name ends in a plain LLC, and takes PLLC', () => {
    const named = (legalName: string, region = 'NY') => ({
      ...ready,
      firm: { ...ready.firm, legalName, address: { ...ready.firm.address, region } },
    });
    const open = (site: typeof ready) =>
      launchChecklist(site, LIVE_ENV, TODAY)
        .filter((item) => !item.ok)
        .flatMap((item) => item.open);
    for (const plain of ['STERN Law LLC', 'STERN Law, L.L.C.', 'STERN Law Limited Liability Company']) {
      expect(open(named(plain))).toEqual([`content/firm.yaml: legalName "${plain}" ends in LLC, not PLLC`]);
    }
    for (const professional of [
      'STERN Law PLLC',
      'STERN Law, P.L.L.C.',
      'STERN Law Professional Limited Liability Company',
    ]) {
      expect(open(named(professional))).toEqual([]);
    }
    // Another state's rules are its own.
    expect(open(named('STERN Law LLC', 'NJ'))).toEqual([]);
  });

  it('wants the copies of the website the firm keeps described', () => {
    const { websiteCopies: _kept, ...firm } = ready.firm;
    expect(
      launchChecklist({ ...ready, firm }, LIVE_ENV, TODAY)
        .filter((item) => !item.ok)
        .map((item) => item.title),
    ).toEqual(['The firm keeps copies of this website (N.Y. Rules of Professional Conduct, Rule 7.1(k))']);
  });

  it('counts a sample attorney detail as open', () => {
    const sample = {
      ...ready,
      attorneys: ready.attorneys.map((attorney) => ({ ...attorney, placeholders: ['name' as const] })),
    };
    expect(
      launchChecklist(sample, LIVE_ENV, TODAY)
        .filter((item) => !item.ok)
        .flatMap((item) => item.open),
    ).toEqual(['content/attorneys/jane-doe.mdx: name is still a sample']);
  });
});
