import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { around, PHONE_TOKEN } from '@/lib/content/language-help';
import { loadContent } from '@/lib/content/load';
import { CALL_LANGUAGES } from '@/lib/languages';
import { ContentError } from '@/lib/content/problems';
import { siteWith, siteWithBadArticle, VALID_SITE } from './support/fixture-site';

function problemsOf(root: string): string[] {
  try {
    loadContent(root);
  } catch (error) {
    if (error instanceof ContentError)
      return error.message
        .split('\n')
        .slice(1)
        .map((line) => line.trim());
    throw error;
  }
  throw new Error('expected the content to be rejected');
}

describe('loading valid content', () => {
  const content = loadContent(VALID_SITE);

  it('reads every article, newest first', () => {
    expect(content.articles.map((article) => article.slug)).toEqual([
      'scheduled-post',
      'newer-article',
      'a-draft',
      'older-article',
    ]);
  });

  it('keeps frontmatter values as written', () => {
    const newer = content.articles.find((article) => article.slug === 'newer-article');
    expect(newer).toMatchObject({
      title: 'A newer article about relief',
      date: '2026-02-01',
      updated: '2026-03-01',
      tags: ['post-conviction-relief', 'crimmigration'],
      author: 'jane-doe',
      file: 'content/articles/newer-article.mdx',
    });
  });

  it('outlines the body with the ids the page gives its headings', () => {
    const older = content.articles.find((article) => article.slug === 'older-article');
    expect(older?.headings.map(({ depth, id }) => [depth, id])).toEqual([
      [2, 'first-section'],
      [2, 'second-section'],
      [3, 'a-detail'],
      [2, 'third-section'],
    ]);
    expect(older?.plainText).toContain('Some words here.');
    expect(older?.readingMinutes).toBe(1);
  });

  it('reads the firm, practice areas in their order and attorneys', () => {
    expect(content.firm.name).toBe('STERN Law, LLC');
    expect(content.practiceAreas.map((area) => area.slug)).toEqual(['crimmigration', 'post-conviction-relief']);
    expect(content.attorneys.map((attorney) => attorney.name)).toEqual(['Jane Doe']);
  });
});

describe('rejecting bad frontmatter with the file, the field and what to write', () => {
  it('names a date written the way people say it', () => {
    expect(problemsOf(siteWithBadArticle('bad-date.mdx'))).toEqual([
      'content/articles/bad-date.mdx: date: expected a date as YYYY-MM-DD, got "Nov 5"; write the year, month and day, such as 2026-03-05 (line 4)',
    ]);
  });

  it('names a tag that is not a practice area and lists the ones that are', () => {
    expect(problemsOf(siteWithBadArticle('unknown-tag.mdx'))).toEqual([
      'content/articles/unknown-tag.mdx: tags: unknown practice area "immigration"; use one of: crimmigration, post-conviction-relief (line 5)',
    ]);
  });

  it('suggests the right spelling of a misspelt key', () => {
    expect(problemsOf(siteWithBadArticle('misspelt-key.mdx'))).toEqual([
      'content/articles/misspelt-key.mdx: description: is missing; add a description of 50 to 160 characters',
      'content/articles/misspelt-key.mdx: descripton: unknown field; did you mean "description"? (line 3)',
    ]);
  });

  it('names an author who has no attorney page', () => {
    expect(problemsOf(siteWithBadArticle('unknown-author.mdx'))).toEqual([
      'content/articles/unknown-author.mdx: author: unknown attorney "john-smith"; use one of: jane-doe, or remove the line to credit the firm (line 7)',
    ]);
  });

  it('refuses an update date before the publish date', () => {
    expect(problemsOf(siteWithBadArticle('updated-before-date.mdx'))).toEqual([
      'content/articles/updated-before-date.mdx: updated: is 2025-12-31, before the publish date 2026-01-05; use a date on or after 2026-01-05 (line 5)',
    ]);
  });

  it('gives lengths for a short title and description and asks for a tag', () => {
    expect(problemsOf(siteWithBadArticle('short-title.mdx'))).toEqual([
      'content/articles/short-title.mdx: title: is 9 characters; write at least 10 (at most 120) (line 2)',
      'content/articles/short-title.mdx: description: is 6 characters; write at least 50 (at most 160) (line 3)',
      'content/articles/short-title.mdx: tags: is empty; add at least one practice-area slug, e.g. "- crimmigration" (line 5)',
    ]);
  });

  it('points at the line of broken YAML: where the quote opens, not where the parser noticed', () => {
    const [problem] = problemsOf(siteWithBadArticle('bad-yaml.mdx'));
    expect(problem).toMatch(
      /^content\/articles\/bad-yaml\.mdx: the frontmatter is not valid YAML: description: a quote is opened and never closed on this line.* \(line 3\)$/,
    );
  });

  it('asks for frontmatter when there is none', () => {
    expect(problemsOf(siteWithBadArticle('no-frontmatter.mdx'))).toEqual([
      'content/articles/no-frontmatter.mdx: has no frontmatter; start the file with a `---` line, the fields, and another `---` line (line 1)',
    ]);
  });

  it('points at the line of MDX that cannot be read', () => {
    const [problem] = problemsOf(siteWithBadArticle('broken-mdx.mdx'));
    expect(problem).toMatch(
      /^content\/articles\/broken-mdx\.mdx: the text cannot be read as MDX: .*Callout.* \(line 11\)$/,
    );
  });

  it('asks for a slug as the file name', () => {
    expect(problemsOf(siteWithBadArticle('Bad_Name.mdx'))).toEqual([
      'content/articles/Bad_Name.mdx: the file name must be lowercase words joined by hyphens; rename it to "bad-name.mdx"',
    ]);
  });
});

describe('loading "Help in your language"', () => {
  const file = 'content/help-in-your-language.yaml';
  const original = fs.readFileSync(path.join(VALID_SITE, file), 'utf8');

  it('reads a paragraph for each of the ten languages, with {phone} where the number goes', () => {
    const { languageHelp } = loadContent(VALID_SITE);
    expect(Object.keys(languageHelp).sort()).toEqual(CALL_LANGUAGES.map((language) => language.code).sort());
    expect(around(languageHelp.ht.text, PHONE_TOKEN).before).toContain('rele nou jodi a');
  });

  it('names the file, the language and what to write when a paragraph is wrong', () => {
    const broken = original
      .replace('rele nou jodi a: {phone}.', 'rele nou jodi a.')
      .replace('\npl:\n', '\npl:\n  reviewed: 2026-12-01\n');
    const problems = problemsOf(siteWith({ [file]: broken }));
    expect(problems).toContainEqual(
      expect.stringMatching(/^content\/help-in-your-language\.yaml: ht\.text: .*\{phone\}.*\(line \d+\)$/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^content\/help-in-your-language\.yaml: pl\.reviewedBy: .*native speaker.*\(line \d+\)$/),
    );
  });

  it('wants all ten languages', () => {
    const withoutUrdu = original.replace(/\nur:\n(  [^\n]*\n)+/, '\n');
    expect(problemsOf(siteWith({ [file]: withoutUrdu }))).toContainEqual(
      expect.stringMatching(/^content\/help-in-your-language\.yaml: ur: /),
    );
  });
});
