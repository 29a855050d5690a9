import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  PHASE_DEVELOPMENT_SERVER,
  PHASE_EXPORT,
  PHASE_PRODUCTION_BUILD,
  PHASE_PRODUCTION_SERVER,
  PHASE_TEST,
} from 'next/constants';
import { describe, expect, it, vi } from 'vitest';
import { checkContent, formatCheckLine } from '@/lib/content-check';
import { measureSentences } from '@/lib/content-check/readability';
import { githubAnnotation } from '@/lib/content-check/annotations';
import { launchLine } from '@/lib/content-check/focus';
import type { ContentProblem } from '@/lib/content/problems';
import { RULE_REVIEWS_FILE } from '@/lib/content-check/rule-reviews';
import { ruleFingerprints } from '@/lib/relief-check/fingerprint';
import { checkContentBeforeBuild, type BuildHookDeps } from '../../scripts/support/content-check-hook.mjs';
import { FIXTURES, siteWith } from './support/fixture-site';
import { PROJECT_ROOT } from './support/project-root';

const TODAY = '2026-11-27';

/**
 * What content:check prints for one fixture article dropped into the valid
 * fixture site. The warnings every unreviewed fixture gets, "not reviewed"
 * and "no jurisdiction", are tested on their own below.
 */
function linesFor(name: string, { withReview = false } = {}): string[] {
  const text = fs.readFileSync(path.join(FIXTURES, 'content', name), 'utf8');
  const root = siteWith({ [`content/articles/${name}`]: text });
  return checkContent(root, TODAY)
    .filter((problem) => problem.file === `content/articles/${name}`)
    .filter((problem) => withReview || (problem.rule !== 'not-reviewed' && problem.rule !== 'jurisdiction-missing'))
    .map(formatCheckLine);
}

describe('content:check points at the line and column of each problem', () => {
  it('a bare < in prose', () => {
    expect(linesFor('bare-less-than.mdx')).toEqual([
      'content/articles/bare-less-than.mdx:11:16  error: the text cannot be read as MDX: Unexpected character `1` (U+0031) before name, expected a character that can start a name, such as a letter, `$`, or `_`. Hint: a bare "<" starts a tag in MDX; write "less than" or "&lt;" instead  (mdx-syntax)',
    ]);
  });

  it('a bare { in prose', () => {
    expect(linesFor('bare-brace.mdx')).toEqual([
      'content/articles/bare-brace.mdx:11:27  error: the text cannot be read as MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`. Hint: a "{" starts code in MDX; write "\\{" or reword the sentence  (mdx-syntax)',
    ]);
  });

  it('an unclosed component', () => {
    expect(linesFor('unclosed-tag.mdx')).toEqual([
      'content/articles/unclosed-tag.mdx:11:1  error: the text cannot be read as MDX: Expected a closing tag for `<Callout>`. Hint: close every component, e.g. <Callout> … </Callout>  (mdx-syntax)',
    ]);
  });

  it('a component that is not in the registry', () => {
    expect(linesFor('unknown-component.mdx')).toContain(
      'content/articles/unknown-component.mdx:11:1  error: <Video> is not a component content may use; use Markdown, or one of: Callout, FirmName, FirmPhone, FirmEmail, FirmAddress, FirmHours, FirmLanguages, FirmAvailability, Term, ANumberHelper, WalletCard, FillInSheet, SheetLine  (mdx-unknown-component)',
    );
  });

  it('import and export', () => {
    expect(linesFor('import-export.mdx')).toEqual([
      'content/articles/import-export.mdx:9:1  error: import and export are not allowed in content; use the components listed in CONTRIBUTING.md, which need no import  (mdx-import-export)',
      'content/articles/import-export.mdx:13:1  error: import and export are not allowed in content; use the components listed in CONTRIBUTING.md, which need no import  (mdx-import-export)',
    ]);
  });

  it('JavaScript expressions in text and in attributes', () => {
    expect(linesFor('expression.mdx')).toEqual([
      'content/articles/expression.mdx:11:18  error: a "{" starts code, which content may not contain; write "\\{" for a brace, or reword the sentence  (mdx-expression)',
      'content/articles/expression.mdx:13:10  error: attributes take plain text in quotes, such as title="Note"; code in {…} is not allowed  (mdx-expression)',
    ]);
  });

  it('broken, insecure, relative and unpublished links, and missing anchors', () => {
    expect(linesFor('links.mdx')).toEqual([
      'content/articles/links.mdx:11:5  error: link to "/articles/no-such-article", which is not a page of this site; check the spelling against the file names in content/  (link-broken)',
      'content/articles/links.mdx:11:53  error: link to "#no-such-heading", but /articles/older-article has no heading with that id; headings there: first-section, second-section, a-detail, third-section  (link-anchor)',
      'content/articles/links.mdx:12:5  error: link to "http://example.com" is not secure; use https:// (most sites answer on it)  (link-insecure)',
      'content/articles/links.mdx:12:43  error: link to "older-article" must start with / (a page of this site) or https:// (another site)  (link-relative)',
      'content/articles/links.mdx:13:5  warning: link to "/articles/a-draft", which is a draft or not yet published; readers would find no page there  (link-unpublished)',
      'content/articles/links.mdx:14:18  error: link to "/es/contact", which is not a page of this site; did you mean "/es/contacto"?  (link-broken)',
    ]);
  });

  it('footnotes: a misspelt reference, one with no source, a source nothing cites, a label with a space', () => {
    expect(linesFor('footnotes.mdx')).toEqual([
      'content/articles/footnotes.mdx:11:79  error: footnote [^word] has no source line, so the page would show "[^word]" and not its source; did you mean [^words]? Write the same label in the text and before the source  (footnote)',
      'content/articles/footnotes.mdx:13:24  error: footnote [^nosuch] has no source line, so the page would show "[^nosuch]" and not its source; add its source at the end of the text as "[^nosuch]: …"  (footnote)',
      'content/articles/footnotes.mdx:17:1  error: footnote [^words] is never cited, so readers never see this source; put [^words] after the sentence it supports, or delete the footnote  (footnote)',
      'content/articles/footnotes.mdx:19:1  error: footnote [^unused] is never cited, so readers never see this source; put [^unused] after the sentence it supports, or delete the footnote  (footnote)',
      'content/articles/footnotes.mdx:21:25  error: footnote [^rule 11] has a space in its label, so the page would show it as text; write [^rule-11], here and before its source  (footnote)',
      // On a list item's second line, counted with its indentation.
      // The label it resembles is another sentence's source: offered only if the source is the same.
      'content/articles/footnotes.mdx:24:27  error: footnote [^padila] has no source line, so the page would show "[^padila]" and not its source; if this sentence rests on the same source as [^padilla], write [^padilla]; if not, add its source at the end of the text as "[^padila]: …"  (footnote)',
      'content/articles/footnotes.mdx:28:1  error: footnote [^empty] has no text, so the page would show an empty source; write the case, statute or rule after "[^empty]: "  (footnote)',
      'content/articles/footnotes.mdx:30:1  error: footnote [^padilla] has a second source line (the first is line 15); the page shows only the first, so keep one, or give the other source its own label  (footnote)',
    ]);
  });

  it('images without alt text or without a file', () => {
    expect(linesFor('images.mdx')).toEqual([
      'content/articles/images.mdx:11:1  error: image has no alt text; describe what it shows between the brackets: ![a court building](/images/court.jpg)  (image-alt)',
      'content/articles/images.mdx:13:1  error: image "/images/missing-courthouse.jpg" does not exist; add it as public/images/missing-courthouse.jpg  (image-missing)',
    ]);
  });

  it('a title another article already has', () => {
    expect(linesFor('duplicate-title.mdx')).toEqual([
      'content/articles/duplicate-title.mdx:2:1  error: title: is the same as the title of content/articles/older-article.mdx; give each article its own title  (duplicate-title)',
    ]);
  });

  it('frontmatter errors from the site schema, with the line of the key', () => {
    const bad = (name: string) => {
      const text = fs.readFileSync(path.join(FIXTURES, 'bad-articles', name), 'utf8');
      return checkContent(siteWith({ [`content/articles/${name}`]: text }), TODAY)
        .filter((problem) => problem.file.endsWith(name) && problem.severity === 'error')
        .map(formatCheckLine);
    };
    expect(bad('bad-date.mdx')).toEqual([
      'content/articles/bad-date.mdx:4:1  error: date: expected a date as YYYY-MM-DD, got "Nov 5"; write the year, month and day, such as 2026-03-05  (frontmatter-schema)',
    ]);
    expect(bad('tab-indent.mdx')).toEqual([
      'content/articles/tab-indent.mdx:6:1  error: the frontmatter is not valid YAML: this line is indented with a tab; indent with two spaces instead  (frontmatter-syntax)',
    ]);
    expect(bad('field-twice.mdx')).toEqual([
      'content/articles/field-twice.mdx:6:1  error: the frontmatter is not valid YAML: jurisdiction is written twice, on lines 5 and 6; keep one of the two  (frontmatter-syntax)',
    ]);
    expect(bad('colon-in-title.mdx')).toEqual([
      'content/articles/colon-in-title.mdx:2:8  error: the frontmatter is not valid YAML: a colon followed by a space inside a value ends it early; put the value in quotes: title: "Pleas: what to know before you sign"  (frontmatter-syntax)',
    ]);
    expect(bad('misspelt-key.mdx')).toContain(
      'content/articles/misspelt-key.mdx:3:1  error: descripton: unknown field; did you mean "description"?  (frontmatter-unknown-field)',
    );
    expect(bad('unknown-tag.mdx')).toEqual([
      'content/articles/unknown-tag.mdx:5:1  error: tags: unknown practice area "immigration"; use one of: crimmigration, post-conviction-relief  (unknown-tag)',
    ]);
    expect(bad('unknown-author.mdx')).toContainEqual(
      expect.stringMatching(
        /^content\/articles\/unknown-author\.mdx:7:1  error: author: unknown attorney "john-smith".*\(unknown-author\)$/,
      ),
    );
  });

  it('a quote inside quotes, and a word that the rest of the file waits to be checked', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'bad-articles', 'quote-in-quotes.mdx'), 'utf8');
    const lines = checkContent(siteWith({ 'content/articles/quote-in-quotes.mdx': text }), TODAY)
      .filter((problem) => problem.file === 'content/articles/quote-in-quotes.mdx')
      .map(formatCheckLine);
    expect(lines).toEqual([
      'content/articles/quote-in-quotes.mdx:1:1  warning: the text of this file (footnotes, links, components) is checked once the frontmatter error is fixed: save again, or run the check again  (text-not-checked)',
      `content/articles/quote-in-quotes.mdx:2:21  error: the frontmatter is not valid YAML: title: the value has a quote mark inside its quotes, which ends it early; use the other kind of quote around it (title: 'Pleas: the "fair and just" reason'), or write a double quote inside double quotes as \\"  (frontmatter-syntax)`,
    ]);
  });

  it('a date written another way gets the date to write, both readings when it could be either', () => {
    const withDate = (date: string) =>
      checkContent(
        siteWith({
          'content/articles/dated.mdx': fs
            .readFileSync(path.join(FIXTURES, 'bad-articles', 'bad-date.mdx'), 'utf8')
            .replace('date: Nov 5', `date: ${date}\nupdated: 2026-12-02`),
        }),
        TODAY,
      )
        .filter((problem) => problem.file === 'content/articles/dated.mdx' && problem.severity === 'error')
        .map((problem) => `${problem.field ?? ''}: ${problem.message}`);
    expect(withDate('December 7th, 2026')).toEqual([
      'date: expected a date as YYYY-MM-DD, got "December 7th, 2026"; write 2026-12-07',
    ]);
    expect(withDate('07/12/2026')).toEqual([
      'date: expected a date as YYYY-MM-DD, got "07/12/2026"; write 2026-07-12 if the month comes first (as in the US), or 2026-12-07 if the day does',
    ]);
    // Not a day: its own error, and no second one comparing it with `updated`.
    expect(withDate('2026-13-01')).toEqual([
      'date: "2026-13-01" is not a day of the calendar; check the month and the day, and write it as YYYY-MM-DD',
    ]);
  });

  it('the placeholder description left by new-post, on a published post', () => {
    expect(linesFor('placeholder-description.mdx')).toEqual([
      'content/articles/placeholder-description.mdx:3:1  error: description: is still the placeholder from new-post; write one or two sentences on what a reader will learn  (placeholder-description)',
    ]);
  });

  it('the template’s sample words left in the text: an error once published, a reminder in a draft', () => {
    const template = (draft: boolean) =>
      [
        '---',
        'title: "What to bring to your first meeting"',
        'description: "A fixture article whose text still has the sample lines of the template and the editor’s buttons."',
        'date: 2026-11-02',
        'tags:',
        '  - crimmigration',
        ...(draft ? ['draft: true'] : []),
        '---',
        '',
        '## The first question a reader has',
        '',
        'Answer it. Cite the source of each legal point in a footnote.[^1]',
        '',
        '<Callout title="Title of the box">',
        'Text of the box.',
        '</Callout>',
        '',
        '[^1]: Padilla v. Kentucky, 559 U.S. 356 (2010).',
        '',
      ].join('\n');
    const lines = (draft: boolean) =>
      checkContent(siteWith({ 'content/articles/template.mdx': template(draft) }), TODAY)
        .filter((problem) => problem.rule === 'template-text')
        .map(formatCheckLine);
    expect(lines(false)).toEqual([
      'content/articles/template.mdx:9:4  error: still has the template\'s sample words "The first question a reader has"; replace them with your own before this is published  (template-text)',
      'content/articles/template.mdx:11:1  error: still has the template\'s sample words "Answer it. Cite the source of each legal point in a footnote."; replace them with your own before this is published  (template-text)',
      'content/articles/template.mdx:13:17  error: still has the template\'s sample words "Title of the box"; replace them with your own before this is published  (template-text)',
      'content/articles/template.mdx:14:1  error: still has the template\'s sample words "Text of the box."; replace them with your own before this is published  (template-text)',
    ]);
    expect(lines(true).every((line) => line.includes(' warning: ') && !line.includes('before this is published'))).toBe(
      true,
    );
    expect(lines(true)).toHaveLength(4);
  });

  it('advice as warnings: description length, stale article, no sections, skipped heading levels', () => {
    expect(linesFor('advice.mdx')).toEqual([
      'content/articles/advice.mdx:3:1  warning: description: is 72 characters; search results show about 155, so 100 to 155 reads best  (description-length)',
      'content/articles/advice.mdx:4:1  warning: date: last reviewed 2023-06-01, more than 2 years ago; check the law is still the same, then set updated: 2026-11-27  (stale-article)',
      'content/articles/advice.mdx:8:1  warning: the article has no "## " section heading; headings help readers scan and build the table of contents  (no-sections)',
      'content/articles/advice.mdx:9:1  warning: a "# " heading makes a second title; the title comes from the frontmatter, so start sections with "## "  (heading-level)',
      'content/articles/advice.mdx:13:1  warning: heading "Too deep" skips from level 1 to 4; use ## instead  (heading-level)',
    ]);
  });

  it('advice on fields the schema lets pass: no jurisdiction, a date decades ahead', () => {
    expect(linesFor('far-ahead.mdx', { withReview: true }).filter((line) => !line.includes('(not-reviewed)'))).toEqual([
      'content/articles/far-ahead.mdx:2:1  warning: jurisdiction: is missing, so the page cannot say whose law it explains; add "jurisdiction: federal", "jurisdiction: general" (true in every state) or a state\'s code such as "jurisdiction: NY"  (jurisdiction-missing)',
      'content/articles/far-ahead.mdx:4:1  warning: date: is 2062-03-01, more than a year from today (2026-11-27); check the year, which is usually this one or the next  (date-far-ahead)',
    ]);
  });

  it('a published article no attorney has reviewed, and one changed after its review', () => {
    expect(linesFor('links.mdx', { withReview: true })).toContain(
      'content/articles/links.mdx:2:1  warning: reviewed: no attorney has reviewed this published article; an attorney reads it and records the review in the editor\'s preview (CONTRIBUTING.md, "Attorney review")  (not-reviewed)',
    );
    expect(linesFor('reviewed.mdx', { withReview: true })).toEqual([
      'content/articles/reviewed.mdx:5:1  warning: updated: is 2026-03-01, after the attorney\'s review of 2026-02-01; the changes need a review too, then set "reviewed" to that day  (review-outdated)',
    ]);
  });

  it('review and jurisdiction fields that name nobody, or no place', () => {
    const errors = (name: string) => {
      const text = fs.readFileSync(path.join(FIXTURES, 'bad-articles', name), 'utf8');
      return checkContent(siteWith({ [`content/articles/${name}`]: text }), TODAY)
        .filter((problem) => problem.file.endsWith(name) && problem.severity === 'error')
        .map(formatCheckLine);
    };
    expect(errors('bad-review.mdx')).toEqual([
      'content/articles/bad-review.mdx:7:1  error: jurisdiction: expected "federal", "general" or a state\'s two-letter code such as "CA" or "NY", got "Texas"  (frontmatter-schema)',
    ]);
    expect(errors('review-without-date.mdx')).toEqual([
      'content/articles/review-without-date.mdx:1:1  error: reviewed: is missing; add the day the attorney finished the review, e.g. "reviewed: 2026-12-01"  (frontmatter-schema)',
    ]);
    const withTexas = fs
      .readFileSync(path.join(FIXTURES, 'bad-articles', 'bad-review.mdx'), 'utf8')
      .replace('jurisdiction: Texas', 'jurisdiction: TX');
    expect(
      checkContent(siteWith({ 'content/articles/bad-review.mdx': withTexas }), TODAY)
        .filter((problem) => problem.severity === 'error')
        .map(formatCheckLine),
    ).toEqual([
      'content/articles/bad-review.mdx:5:1  error: reviewedBy: unknown attorney "john-smith"; use the file name of an attorney in content/attorneys without .mdx (jane-doe)  (unknown-reviewer)',
    ]);
  });

  it.each([
    [
      'content/pages/detained.mdx',
      '---\ntitle: What to do now\ndescription: A fixture page that explains the law and names an attorney who does not exist.\nlegalInformation: true\nreviewedBy: john-smith\nreviewed: 2026-01-09\n---\n\nBody.\n',
      5,
    ],
    [
      'content/practice-areas/crimmigration.mdx',
      '---\ntitle: Crimmigration\ndescription: Where criminal law meets immigration law, written as a test fixture of fifty characters or more.\nreviewedBy: john-smith\nreviewed: 2026-01-09\norder: 1\n---\n\nFixture body.\n',
      4,
    ],
  ])('%s reviewed by someone who is not one of the attorneys, named once on its line', (file, text, line) => {
    expect(
      checkContent(siteWith({ [file]: text }), TODAY)
        .filter((problem) => problem.rule === 'unknown-reviewer')
        .map(formatCheckLine),
    ).toEqual([
      `${file}:${line}:1  error: reviewedBy: unknown attorney "john-smith"; use the file name of an attorney in content/attorneys without .mdx (jane-doe)  (unknown-reviewer)`,
    ]);
  });

  it('glossary words: an unknown <Term>, and a first use without its link', () => {
    expect(linesFor('glossary-use.mdx')).toEqual([
      'content/articles/glossary-use.mdx:12:1  warning: "custody" is in the glossary, and this is its first use here; link it: <Term id="custody">custody</Term>  (glossary-first-use)',
      'content/articles/glossary-use.mdx:14:3  error: <Term id="no-such-term"> is not in content/glossary.yaml; use one of its ids, e.g. <Term id="coram-nobis">, or add the term there  (unknown-term)',
    ]);
  });

  it('an article above grade 8, naming its hardest sentences on their lines, and none that is plain alone', () => {
    const lines = linesFor('hard-to-read.mdx');
    // Line 17's sentence is ten words: its grade alone says little, so it is not blamed.
    expect(lines.map((line) => line.split('  ')[0])).toEqual([
      'content/articles/hard-to-read.mdx:11:1',
      'content/articles/hard-to-read.mdx:15:1',
    ]);
    expect(lines[0]).toMatch(
      /warning: the article reads at US grade \d+\.\d \(Flesch–Kincaid\), above 8; one of its hardest sentences \(grade \d+\.\d, \d+ words\): "Notwithstanding the aforementioned.*…"\. Split it, or use shorter words  \(readability\)$/,
    );
    // Plain fixture articles pass.
    expect(linesFor('reviewed.mdx').filter((line) => line.includes('(readability)'))).toEqual([]);
    // Above grade 8 only by many middling sentences: one warning, on the first line of prose, blaming none.
    expect(
      checkContent(siteWith(), TODAY)
        .filter((problem) => problem.file === 'content/articles/scheduled-post.mdx' && problem.rule === 'readability')
        .map(formatCheckLine),
    ).toEqual([
      'content/articles/scheduled-post.mdx:9:1  warning: the article reads at US grade 8.8 (Flesch–Kincaid), above 8, though no one sentence is hard on its own; shorten some of the longer sentences and prefer short, common words  (readability)',
    ]);
  });

  it('one sentence too long to follow, in an article that passes on average, and no plain sentence beside it', () => {
    expect(linesFor('one-long-sentence.mdx').filter((line) => line.includes('(readability)'))).toEqual([
      'content/articles/one-long-sentence.mdx:13:1  warning: a hard sentence (grade 27.6, 53 words): "In the event that the noncitizen defendant has entered a plea of guilty to an offense w…". Split it, or use shorter words  (readability)',
    ]);
  });

  it('a glossary that gives one word two meanings', () => {
    const glossary = fs.readFileSync(path.join(FIXTURES, 'sites/valid/content/glossary.yaml'), 'utf8');
    const twice = `${glossary}- id: custody\n  term: Custody again\n  forms:\n    - coram nobis\n  definition: A second entry that repeats an id and a form of another term.\n`;
    expect(
      checkContent(siteWith({ 'content/glossary.yaml': twice }), TODAY)
        .filter((problem) => problem.rule === 'glossary-duplicate')
        .map(formatCheckLine),
    ).toEqual([
      'content/glossary.yaml:1:1  error: id: "custody" is used by two terms; give each term its own id  (glossary-duplicate)',
      'content/glossary.yaml:1:1  error: forms: "coram nobis" is listed for both "coram-nobis" and "custody"; keep it under one term  (glossary-duplicate)',
    ]);
  });

  it('a synonym list entry with nothing it means, or a word that is not text', () => {
    const bad = '- words:\n    - ICE\n  means: []\n- words:\n    - 42\n  means:\n    - detained\n';
    expect(
      checkContent(siteWith({ 'content/synonyms.yaml': bad }), TODAY)
        .filter((problem) => problem.file === 'content/synonyms.yaml')
        .map(formatCheckLine),
    ).toEqual([
      'content/synonyms.yaml:1:1  error: 0.means: is empty; add the words the pages use for it, e.g. "- detained"  (frontmatter-schema)',
      'content/synonyms.yaml:1:1  error: 1.words.0: expected a word or phrase readers type, got 42  (frontmatter-schema)',
    ]);
  });

  it('attorney reviews of the relief check: a rule changed since, an unknown rule or attorney', () => {
    const now = ruleFingerprints();
    const reviews = [
      'padilla:\n  reviewedBy: jane-doe\n  reviewed: 2026-11-20\n  fingerprint: "000000000000"\n',
      `pardon:\n  reviewedBy: jane-doe\n  reviewed: 2026-11-20\n  fingerprint: "${now.pardon}"\n`,
      'padila:\n  reviewedBy: jane-doe\n  reviewed: 2026-11-20\n  fingerprint: "000000000000"\n',
      `sentence:\n  reviewedBy: john-smith\n  reviewed: 2026-11-20\n  fingerprint: "${now.sentence}"\n`,
    ].join('');
    expect(
      checkContent(siteWith({ [RULE_REVIEWS_FILE]: reviews }), TODAY)
        .filter((problem) => problem.file === RULE_REVIEWS_FILE)
        .map(formatCheckLine),
    ).toEqual([
      `content/relief-check-review.yaml:1:1  warning: padilla.fingerprint: the rule changed after its review on 2026-11-20 (its fingerprint is now ${now.padilla}); ask an attorney to review it again with \`npm run relief-check:cases\`, then set reviewed to that day and fingerprint to ${now.padilla}  (rule-changed-after-review)`,
      'content/relief-check-review.yaml:9:1  error: padila: no rule of the relief check has this id; did you mean "padilla"?  (unknown-rule)',
      'content/relief-check-review.yaml:13:1  error: sentence.reviewedBy: unknown attorney "john-smith"; use the file name of an attorney in content/attorneys without .mdx (jane-doe)  (unknown-reviewer)',
    ]);
  });

  it('a FAQ answer changed after its review, or reviewed by someone who is not an attorney', () => {
    const faq = fs.readFileSync(path.join(FIXTURES, 'sites/valid/content/faq.yaml'), 'utf8').trimEnd();
    const changed = [
      `${faq}\n  reviewedBy: jane-doe\n  reviewed: 2026-03-02\n  updated: 2026-06-01`,
      '- question: Is this a second question for the check?',
      '  answer: It is, and an attorney the firm does not have reviewed it.',
      '  article: newer-article',
      '  reviewedBy: john-smith',
      '  reviewed: 2026-03-02',
      '',
    ].join('\n');
    const lines = checkContent(siteWith({ 'content/faq.yaml': changed }), TODAY)
      .filter((problem) => problem.file === 'content/faq.yaml')
      .map(formatCheckLine);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^content\/faq.yaml:1:1 {2}warning: updated: content\/faq.yaml: ".+": updated on 2026-06-01, after its review on 2026-03-02; the changes need a review too, then set "reviewed" to that day {2}\(review-outdated\)$/,
    );
    expect(lines[0]).toMatch(
      /reviewedBy: content\/faq.yaml: ".+": unknown attorney "john-smith"; .+ {2}\(unknown-reviewer\)$/,
    );
  });

  it('placeholder firm facts, as warnings on their lines in the firm file', () => {
    const lines = checkContent(siteWith(), TODAY)
      .filter((problem) => problem.file === 'content/firm.yaml')
      .map(formatCheckLine);
    expect(lines[0]).toBe(
      "content/firm.yaml:11:1  warning: phone: is still a placeholder; replace it with the firm's real value and remove it from `placeholders`  (firm-placeholder)",
    );
    expect(lines).toHaveLength(4);
  });
});

describe('what content:check says, and to whom', () => {
  const launchWarning = (rule: string): ContentProblem => ({
    file: 'content/firm.yaml',
    message: 'x',
    rule,
    severity: 'warning',
  });

  it('counts the launch items in one line that points to launch-check', () => {
    expect(
      launchLine([
        launchWarning('not-reviewed'),
        launchWarning('not-reviewed'),
        launchWarning('firm-placeholder'),
        launchWarning('readability'),
      ]),
    ).toBe(
      'Before launch: 2 published articles not yet reviewed by an attorney; 1 firm fact still a placeholder. npm run launch-check lists them (they are warnings, not errors).',
    );
    expect(launchLine([launchWarning('readability')])).toBeUndefined();
  });

  it('writes each problem as a GitHub annotation on its line, escaping what the format reserves', () => {
    expect(
      githubAnnotation({
        file: 'content/articles/a,b.mdx',
        line: 12,
        column: 3,
        field: 'date',
        message: 'expected 100% "x"\nnext',
        rule: 'frontmatter-schema',
        severity: 'error',
      }),
    ).toBe(
      '::error file=content/articles/a%2Cb.mdx,line=12,col=3,title=content%3Acheck (frontmatter-schema)::date: expected 100%25 "x"%0Anext',
    );
    expect(githubAnnotation({ ...launchWarning('readability'), line: 2 })).toMatch(
      /^::warning file=content\/firm\.yaml,line=2,/,
    );
  });

  it('checks one file and its pair only, its own launch warnings included, with annotations on GitHub', () => {
    const footnotes = fs.readFileSync(path.join(FIXTURES, 'content', 'footnotes.mdx'), 'utf8');
    const links = fs.readFileSync(path.join(FIXTURES, 'content', 'links.mdx'), 'utf8');
    const site = siteWith({ 'content/articles/footnotes.mdx': footnotes, 'content/articles/links.mdx': links });
    const run = (args: string[]) => {
      try {
        return execFileSync(
          process.execPath,
          ['--import', 'tsx', 'scripts/content-check.ts', `--root=${site}`, ...args],
          { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, GITHUB_ACTIONS: 'true' } },
        );
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    };
    const focused = run([path.join(site, 'content/articles/footnotes.mdx')]).split('\n');
    expect(focused.filter((line) => line.includes('links.mdx'))).toEqual([]);
    expect(focused).toContain(
      'content/articles/footnotes.mdx:2:1  warning: reviewed: no attorney has reviewed this published article; an attorney reads it and records the review in the editor\'s preview (CONTRIBUTING.md, "Attorney review")  (not-reviewed)',
    );
    expect(focused).toContainEqual(
      expect.stringMatching(
        /^::error file=content\/articles\/footnotes\.mdx,line=11,col=79,title=content%3Acheck \(footnote\)::footnote \[\^word\]/,
      ),
    );
    expect(focused).toContain('content:check of content/articles/footnotes.mdx: 8 errors, 2 warnings');

    const folder = run([path.join(site, 'content/articles')]);
    expect(folder).toContain('content/articles/links.mdx:14:18  error: link to "/es/contact"');
    expect(folder).toMatch(/^content:check of \d+ files: 13 errors, /m);

    const whole = run([]).split('\n');
    expect(whole.filter((line) => line.includes('(not-reviewed)'))).toEqual([]);
    expect(whole).toContainEqual(
      expect.stringMatching(
        /^Before launch: \d+ published articles not yet reviewed by an attorney.*npm run launch-check/,
      ),
    );
  });
});

// The staff's own content is checked once per `npm test`, by its content-check stage, never by a unit test.
describe('the build', () => {
  const CHECK = [process.execPath, ['--import', 'tsx', 'scripts/content-check.ts']];

  /** The build hook with stand-ins: what it ran, the exit code it asked for, what it said. */
  function hook(
    phase: string,
    env: Record<string, string | undefined> = {},
    run: NonNullable<BuildHookDeps['run']> = () => {},
  ) {
    const seen = { runs: [] as unknown[], exits: [] as number[], errors: [] as string[] };
    checkContentBeforeBuild(phase, {
      run: (file, args) => {
        seen.runs.push([file, args]);
        run(file, args);
      },
      exit: (code) => seen.exits.push(code),
      error: (line) => seen.errors.push(line),
      env,
    });
    return seen;
  }
  const failing = () => {
    throw new Error('exit code 1');
  };

  it('runs the content check before a production build, and at no other time', () => {
    expect(hook(PHASE_PRODUCTION_BUILD).runs).toEqual([CHECK]);
    for (const phase of [PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER, PHASE_EXPORT, PHASE_TEST])
      expect(hook(phase).runs, phase).toEqual([]);
  });

  it('runs it once per build: not again in the build workers, nor after a driver that ran it', () => {
    const env: Record<string, string | undefined> = {};
    expect(hook(PHASE_PRODUCTION_BUILD, env)).toMatchObject({ runs: [CHECK], exits: [], errors: [] });
    expect(env.CONTENT_CHECKED).toBe('1');
    expect(hook(PHASE_PRODUCTION_BUILD, env).runs).toEqual([]);
    expect(hook(PHASE_PRODUCTION_BUILD, { CONTENT_CHECKED: '1' }).runs).toEqual([]);
    expect(hook(PHASE_PRODUCTION_BUILD, { CONTENT_CHECKED: '' }).runs).toEqual([CHECK]);
  });

  it('stops the build with exit 1 when the check fails, saying where the problems are explained', () => {
    const env: Record<string, string | undefined> = {};
    const stopped = hook(PHASE_PRODUCTION_BUILD, env, failing);
    expect(stopped.exits).toEqual([1]);
    expect(stopped.errors.join('\n')).toContain(
      'The build stopped: fix the content problems listed above (CONTRIBUTING.md explains each one).',
    );
    expect(env.CONTENT_CHECKED).toBeUndefined();
  });

  it('is called by next.config.mjs with the phase Next.js gives it', async () => {
    vi.resetModules();
    vi.doMock('../../scripts/support/content-check-hook.mjs', () => ({ checkContentBeforeBuild: vi.fn() }));
    const publishedAsOf = process.env.SITE_PUBLISHED_AS_OF;
    try {
      // By its path: TypeScript has no types for the config file, whose default export is this.
      const nextConfig: { default: (phase: string) => unknown } = await import(
        path.join(PROJECT_ROOT, 'next.config.mjs')
      );
      const config = nextConfig.default;
      const mocked = await import('../../scripts/support/content-check-hook.mjs');
      expect(typeof config(PHASE_PRODUCTION_BUILD)).toBe('object');
      expect(mocked.checkContentBeforeBuild).toHaveBeenCalledWith(PHASE_PRODUCTION_BUILD);
    } finally {
      vi.doUnmock('../../scripts/support/content-check-hook.mjs');
      vi.resetModules();
      if (publishedAsOf === undefined) delete process.env.SITE_PUBLISHED_AS_OF;
      else process.env.SITE_PUBLISHED_AS_OF = publishedAsOf;
    }
  });

  it('stops on a broken content file with the real check, naming the file and line', () => {
    const bad = fs.readFileSync(path.join(FIXTURES, 'content', 'bare-less-than.mdx'), 'utf8');
    const site = siteWith({ 'content/articles/bare-less-than.mdx': bad });
    let output = '';
    // The hook's own command, pointed at the broken site instead of this repository.
    const stopped = hook(PHASE_PRODUCTION_BUILD, {}, (file, args) => {
      try {
        output = execFileSync(file, [...args, `--root=${site}`], {
          cwd: PROJECT_ROOT,
          encoding: 'utf8',
          stdio: 'pipe',
        });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout);
        throw error;
      }
    });
    expect(stopped.exits).toEqual([1]);
    expect(output).toContain('content/articles/bare-less-than.mdx:11:16  error: the text cannot be read as MDX');
    expect(output).toMatch(/content:check: 1 error/);
  });
});

describe('sentences as the readability check counts them (Intl.Segmenter, as retext-english counted them before)', () => {
  const counted = (text: string) => measureSentences(text, 10).map(({ line, counts }) => [line, counts.word] as const);

  it('does not end a sentence at an initialism, a title, a line break or a stop followed by lower case', () => {
    expect(counted('A federal prisoner may file a motion under 28 U.S.C. § 2255 within one year.')).toEqual([[10, 12]]);
    expect(counted('Mr. Smith went to the U.S. Supreme Court in Padilla v. Kentucky.')).toEqual([[10, 12]]);
    expect(counted('A plea\ncan count as a conviction.')).toEqual([[10, 7]]);
    expect(counted('The check ("Could relief help me?") sends your answers.')).toEqual([[10, 9]]);
  });

  it('counts a hyphenated word once, starts each sentence on its own line, and ends one at a footnote mark', () => {
    expect(counted("A no-contest plea counts. The court's record\ndecides it.")).toEqual([
      [10, 4],
      [10, 5],
    ]);
    expect(counted('It is serious.\nAct now.')).toEqual([
      [10, 3],
      [11, 2],
    ]);
    expect(counted('Some crimes bar relief.[^nosuch]')).toEqual([
      [10, 4],
      [10, 1],
    ]);
  });
});
