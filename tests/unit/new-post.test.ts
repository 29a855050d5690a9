import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContent, formatCheckLine } from '@/lib/content-check';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { scaffoldPost, slugFromTitle } from '@/lib/content/scaffold';
import { articleFrontmatterSchema } from '@/lib/content/schema';
import { siteWith } from './support/fixture-site';
import { PROJECT_ROOT } from './support/project-root';

const run = promisify(execFile);

describe('npm run new-post', () => {
  it('turns a title into a slug', () => {
    expect(slugFromTitle('What to Ask Before a Plea?')).toBe('what-to-ask-before-a-plea');
    expect(slugFromTitle('§ 2255 motions: the deadline')).toBe('section-2255-motions-the-deadline');
    expect(slugFromTitle('Perdón y deportación')).toBe('perdon-y-deportacion');
  });

  it('writes a draft dated today whose frontmatter the site accepts', () => {
    const text = scaffoldPost('What to ask before a plea', '2026-11-27');
    const parsed = articleFrontmatterSchema.parse(parseFrontmatter(text).data);
    expect(parsed).toMatchObject({
      title: 'What to ask before a plea',
      date: '2026-11-27',
      draft: true,
      tags: ['crimmigration'],
    });
  });

  it('leaves a placeholder description and sample lines that content:check flags, as reminders in the draft', () => {
    const root = siteWith({
      'content/articles/what-to-ask.mdx': scaffoldPost('What to ask before a plea', '2026-11-27'),
    });
    const lines = checkContent(root, '2026-11-27')
      .filter((problem) => problem.file === 'content/articles/what-to-ask.mdx')
      .map(formatCheckLine);
    // The author chooses whose law the post explains: the scaffold cannot guess it.
    expect(lines).toEqual([
      'content/articles/what-to-ask.mdx:2:1  warning: jurisdiction: is missing, so the page cannot say whose law it explains; add "jurisdiction: federal", "jurisdiction: general" (true in every state) or a state\'s code such as "jurisdiction: NY"  (jurisdiction-missing)',
      'content/articles/what-to-ask.mdx:3:1  warning: description: is still the placeholder from new-post; write one or two sentences on what a reader will learn  (placeholder-description)',
      ...[
        '10:1  warning: still has the template\'s sample words "Start with one short paragraph: who this article is for and what they will"',
        '13:4  warning: still has the template\'s sample words "The first question a reader has"',
        '15:1  warning: still has the template\'s sample words "Answer it. Cite the source of each legal point in a footnote."',
        '17:4  warning: still has the template\'s sample words "What the reader can do"',
        '19:1  warning: still has the template\'s sample words "Explain the next step in plain words."',
      ].map((line) => `content/articles/what-to-ask.mdx:${line}; replace them with your own  (template-text)`),
    ]);
  });

  it('creates the file and refuses to overwrite it', async () => {
    // In a copy of a site, so the repository's own content is never touched.
    const site = siteWith();
    const newPost = (title: string) =>
      run(
        process.execPath,
        [
          '--import',
          path.join(PROJECT_ROOT, 'node_modules/tsx/dist/loader.mjs'),
          path.join(PROJECT_ROOT, 'scripts/new-post.ts'),
          title,
        ],
        {
          cwd: site,
          env: { ...process.env, TSX_TSCONFIG_PATH: path.join(PROJECT_ROOT, 'tsconfig.json') },
        },
      );
    const first = await newPost('What to ask before a plea');
    expect(first.stdout).toContain('Wrote content/articles/what-to-ask-before-a-plea.mdx');
    const file = path.join(site, 'content/articles/what-to-ask-before-a-plea.mdx');
    fs.appendFileSync(file, '\nStaff text that must survive.\n');

    const second = await newPost('What to ask before a plea').catch(
      (error: { code?: number; stderr?: string }) => error,
    );
    expect('code' in second ? second.code : 0).toBe(1);
    expect('stderr' in second ? second.stderr : '').toContain('already exists');
    expect(fs.readFileSync(file, 'utf8')).toContain('Staff text that must survive.');
  });

  it('starts a Spanish translation of an English article, with translationOf and translatedFrom filled in', async () => {
    const site = siteWith();
    const translate = (...args: string[]) =>
      run(
        process.execPath,
        [
          '--import',
          path.join(PROJECT_ROOT, 'node_modules/tsx/dist/loader.mjs'),
          path.join(PROJECT_ROOT, 'scripts/new-post.ts'),
          '--translate',
          ...args,
        ],
        { cwd: site, env: { ...process.env, TSX_TSCONFIG_PATH: path.join(PROJECT_ROOT, 'tsconfig.json') } },
      );
    const { stdout } = await translate('newer-article', 'Un artículo más nuevo');
    expect(stdout).toContain('Wrote content/es/articles/un-articulo-mas-nuevo.mdx');
    const text = fs.readFileSync(path.join(site, 'content/es/articles/un-articulo-mas-nuevo.mdx'), 'utf8');
    const english = parseFrontmatter(fs.readFileSync(path.join(site, 'content/articles/newer-article.mdx'), 'utf8'));
    const parsed = articleFrontmatterSchema.parse(parseFrontmatter(text).data);
    expect(parsed).toMatchObject({
      title: 'Un artículo más nuevo',
      translationOf: 'newer-article',
      draft: true,
      translatedFrom:
        (english.data as { updated?: string; date: string }).updated ?? (english.data as { date: string }).date,
    });
    // The English text is there to translate.
    expect(parseFrontmatter(text).body.trim()).toBe(english.body.trim());
    const missing = await translate('no-such-article', 'Nada').catch((error: { stderr?: string }) => error);
    expect('stderr' in missing ? missing.stderr : '').toContain('does not exist');
  });
});
