import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content-check';
import { loadContent } from '@/lib/content/load';
import { currentReview } from '@/lib/content/review';
import { createDocument, openDocument, saveDocument, UnreadableDocument } from '@/lib/editor/document';
import { withReview } from '@/lib/editor/review';
import { siteWith } from './support/fixture-site';
import { PROJECT_ROOT } from './support/project-root';

const TODAY = '2026-12-07';

const ARTICLE = `---
title: "What to bring: your first meeting"
description: A fixture article the editor opens, changes and saves, to see which lines move.
date: 2026-11-02
# The attorney asked for this tag.
tags:
  - crimmigration
jurisdiction: NY
---

Text with a footnote.[^one]

- a list item

[^one]: Padilla v. Kentucky, 559 U.S. 356 (2010).
`;

function contentFiles(): string[] {
  const root = path.join(PROJECT_ROOT, 'content');
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => path.join(root, file));
}

describe('the editor saves only what was changed', () => {
  // The promise of docs/decisions/0001-content-editor.md: the editor is safe to open any file with.
  it('every article, page, practice area and biography in content/, opened and saved unchanged, is byte-identical', () => {
    const files = contentFiles();
    expect(files.length).toBeGreaterThan(0);
    const changed = files.filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return saveDocument(text, openDocument(text)) !== text;
    });
    expect(changed).toEqual([]);
  });

  it('a changed field rewrites its own lines and nothing else, comments kept', () => {
    const { fields, body } = openDocument(ARTICLE);
    const saved = saveDocument(ARTICLE, {
      fields: { ...fields, date: '2026-12-01', tags: ['crimmigration', 'post-conviction-relief'] },
      body,
    });
    expect(saved).toBe(
      ARTICLE.replace('date: 2026-11-02', 'date: 2026-12-01').replace(
        '  - crimmigration\n',
        '  - crimmigration\n  - post-conviction-relief\n',
      ),
    );
  });

  it('an emptied field is removed, a new one added before the closing line, a title with a colon quoted', () => {
    const { fields, body } = openDocument(ARTICLE);
    const saved = saveDocument(ARTICLE, {
      fields: { ...fields, jurisdiction: '', draft: true, title: 'Bring this: papers and names' },
      body,
    });
    expect(saved).toContain('title: "Bring this: papers and names"\n');
    expect(saved).not.toContain('jurisdiction');
    expect(saved).toContain('  - crimmigration\ndraft: true\n---\n');
  });

  it('keeps footnotes, list markers and line endings of a body as typed', () => {
    const windows = ARTICLE.replace(/\n/g, '\r\n');
    const { fields, body } = openDocument(windows);
    expect(saveDocument(windows, { fields, body: body.replace(/\r\n/g, '\n') })).toBe(windows);
    const edited = saveDocument(windows, { fields, body: 'New text.[^one]\n\n[^one]: A source.\n' });
    expect(edited.endsWith('\r\n---\r\nNew text.[^one]\r\n\r\n[^one]: A source.\r\n')).toBe(true);
  });

  it('refuses a file whose frontmatter cannot be read, rather than guess', () => {
    expect(() => openDocument('no frontmatter')).toThrow(UnreadableDocument);
    expect(() => openDocument('---\ntitle: [unclosed\n---\nBody')).toThrow(UnreadableDocument);
  });

  it('a new article from the pickers passes the content check', () => {
    const text = createDocument(
      {
        title: 'What to bring to your first meeting with us',
        description: 'The papers, names and dates to bring to a first meeting, so the attorney can judge your case.',
        date: '2026-12-01',
        tags: ['crimmigration'],
        jurisdiction: 'general',
      },
      'Bring every paper the court gave you.[^court]\n\n[^court]: Padilla v. Kentucky, 559 U.S. 356 (2010).\n',
    );
    const root = siteWith({ 'content/articles/what-to-bring.mdx': text });
    const errors = checkContent(root, TODAY).filter(
      (problem) => problem.file === 'content/articles/what-to-bring.mdx' && problem.severity === 'error',
    );
    expect(errors).toEqual([]);
  });
});

describe('a review recorded in the editor lapses when the text changes', () => {
  const file = 'content/articles/reviewed-in-editor.mdx';
  const reviewed = withReview(ARTICLE, { attorney: 'jane-doe', day: '2026-12-03' });

  function articleIn(root: string) {
    const article = loadContent(root).articles.find((candidate) => candidate.file === file);
    if (!article) throw new Error(`${file} did not load`);
    return article;
  }

  it('records who, the day and the text read, changing only those lines', () => {
    expect(reviewed.split('\n').filter((line) => !ARTICLE.split('\n').includes(line))).toEqual([
      'reviewedBy: jane-doe',
      'reviewed: 2026-12-03',
      expect.stringMatching(/^reviewedText: [0-9a-f]{12}$/),
    ]);
  });

  it('covers the text as reviewed: the page shows it and the check does not ask for it', () => {
    const root = siteWith({ [file]: reviewed });
    expect(currentReview(articleIn(root))).toEqual({ reviewedBy: 'jane-doe', reviewed: '2026-12-03' });
    expect(checkContent(root, TODAY).filter((problem) => problem.file === file && /review/.test(problem.rule))).toEqual(
      [],
    );
  });

  it('a changed word lapses it: the page stops saying "reviewed", the check names the change', () => {
    const root = siteWith({ [file]: reviewed.replace('Text with a footnote.', 'Text with one footnote.') });
    expect(currentReview(articleIn(root))).toBeUndefined();
    const warnings = checkContent(root, TODAY).filter(
      (problem) => problem.file === file && problem.rule === 'review-outdated',
    );
    expect(warnings.map((problem) => problem.message)).toEqual([
      expect.stringContaining("the text changed after jane-doe's review of 2026-12-03"),
    ]);
  });
});
