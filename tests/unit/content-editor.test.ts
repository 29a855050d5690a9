import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content-check';
import { loadContent } from '@/lib/content/load';
import { currentReview } from '@/lib/content/review';
import { createDocument, openDocument, saveDocument, UnreadableDocument } from '@/lib/editor/document';
import { withReview } from '@/lib/editor/review';
import { nextFootnoteLabel, withCallout, withFootnote, withTerm } from '@/lib/editor/body-snippets';
import { editableFile } from '@/lib/editor/files';
import { editorFieldsOf } from '@/lib/editor/form-fields';
import { localStore } from '@/lib/editor/local-store';
import { saveFromEditor } from '@/lib/editor/save';
import { editorMode } from '@/lib/editor/mode';
import { parseEnv } from '@/lib/env';
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
  it('every article, page and practice area in content/, opened in the editor and saved unchanged, is byte-identical', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-round-trip-'));
    fs.cpSync(path.join(PROJECT_ROOT, 'content'), path.join(root, 'content'), { recursive: true });
    const store = localStore(root);
    const files = contentFiles().flatMap(
      (file) => editableFile(path.relative(PROJECT_ROOT, file).split(path.sep).join('/')) ?? [],
    );
    expect(files.length).toBeGreaterThan(40);
    for (const { file, locale } of files) {
      const stored = await store.read(file);
      if (!stored) throw new Error(`${file} is missing`);
      const { fields, body } = openDocument(stored.text);
      const result = await saveFromEditor(store, {
        file,
        locale,
        version: stored.version,
        fields: editorFieldsOf(fields),
        body,
      });
      expect({ file, result }).toEqual({ file, result: expect.objectContaining({ saved: true, unchanged: true }) });
      expect(fs.readFileSync(path.join(root, file), 'utf8')).toBe(
        fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8'),
      );
    }
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

  it('so does a change to what the attorney read above the text: the title, the description, whose law', () => {
    for (const changed of [
      reviewed.replace('title: "What to bring: your first meeting"', 'title: "What to bring to your first meeting"'),
      reviewed.replace('see which lines move.', 'see which lines change.'),
      reviewed.replace('jurisdiction: NY', 'jurisdiction: CA'),
    ]) {
      expect(changed).not.toBe(reviewed);
      expect(currentReview(articleIn(siteWith({ [file]: changed })))).toBeUndefined();
    }
  });

  it('a changed word lapses it: the page stops saying "reviewed", the check names the change', () => {
    const root = siteWith({ [file]: reviewed.replace('Text with a footnote.', 'Text with one footnote.') });
    expect(currentReview(articleIn(root))).toBeUndefined();
    const warnings = checkContent(root, TODAY).filter(
      (problem) => problem.file === file && problem.rule === 'review-outdated',
    );
    expect(warnings.map((problem) => problem.message)).toEqual([
      expect.stringContaining("the text changed after Jane Doe's review of 2026-12-03"),
    ]);
  });
});

describe('where the editor saves, or that it is not there', () => {
  const nothing = parseEnv({});

  it('is off on a production server with neither GitHub nor local mode set up: its addresses answer 404', () => {
    expect(editorMode(nothing, 'production')).toEqual({ kind: 'off' });
    expect(
      editorMode(parseEnv({ EDITOR_GITHUB_REPO: 'stern-law/website', EDITOR_GITHUB_CLIENT_ID: 'id' }), 'production'),
    ).toEqual({ kind: 'off' });
  });

  it('writes files on this machine under npm run dev, or with CONTENT_EDITOR=local', () => {
    expect(editorMode(nothing, 'development')).toEqual({ kind: 'local', root: path.resolve('.') });
    expect(editorMode(parseEnv({ CONTENT_EDITOR: 'local', CONTENT_EDITOR_ROOT: '/tmp/site' }), 'production')).toEqual({
      kind: 'local',
      root: '/tmp/site',
    });
  });

  it('commits to GitHub once the repository, the OAuth app and the session secret are all set', () => {
    const mode = editorMode(
      parseEnv({
        EDITOR_GITHUB_REPO: 'stern-law/website',
        EDITOR_GITHUB_CLIENT_ID: 'id',
        EDITOR_GITHUB_CLIENT_SECRET: 'secret',
        EDITOR_SESSION_SECRET: 'x'.repeat(32),
      }),
      'production',
    );
    expect(mode).toMatchObject({
      kind: 'github',
      root: path.resolve('.'),
      github: {
        repo: 'stern-law/website',
        branch: 'main',
        apiUrl: 'https://api.github.com',
        webUrl: 'https://github.com',
      },
    });
  });

  it('opens only articles, pages and practice areas under content/, never a path that climbs out', () => {
    expect(editableFile('content/es/articles/una-guia.mdx')).toMatchObject({
      locale: 'es',
      kind: 'articles',
      slug: 'una-guia',
    });
    expect(editableFile('content/pages/about.mdx')).toMatchObject({ locale: 'en', kind: 'pages' });
    for (const file of [
      'content/firm.yaml',
      'content/attorneys/lead-attorney.mdx',
      'content/articles/../../package.json',
      'content/en/articles/x.mdx',
      'content/fr/articles/x.mdx',
      'app/page.tsx',
    ]) {
      expect(editableFile(file)).toBeUndefined();
    }
  });
});

describe('the buttons above the text', () => {
  it('a footnote puts its reference at the cursor and its source line at the end, numbered after those in use', () => {
    const body = 'One claim.[^1]\n\nAnother claim.\n\n[^1]: A source.\n';
    const at = body.indexOf('Another claim.') + 'Another claim.'.length;
    const { text, selection } = withFootnote(body, at, nextFootnoteLabel(body));
    expect(text).toBe('One claim.[^1]\n\nAnother claim.[^2]\n\n[^1]: A source.\n\n[^2]: \n');
    expect(text.slice(0, selection[0]).endsWith('[^2]: ')).toBe(true);
  });

  it('a callout leaves its sample title selected, to be typed over', () => {
    const { text, selection } = withCallout('Before.', 'Before.'.length);
    expect(text).toBe('Before.\n\n<Callout title="Title of the box">\nText of the box.\n</Callout>\n\n');
    expect(text.slice(...selection)).toBe('Title of the box');
  });

  it('a glossary link wraps the selected words, or writes the entry’s word when none is selected', () => {
    const body = 'Being in custody matters.';
    const from = body.indexOf('custody');
    const wrapped = withTerm(body, from, from + 'custody'.length, { id: 'custody', word: 'Custody' });
    expect(wrapped.text).toBe('Being in <Term id="custody">custody</Term> matters.');
    const inserted = withTerm('Being in ', 9, 9, { id: 'custody', word: 'Custody' });
    expect(inserted.text.slice(...inserted.selection)).toBe('Custody');
  });
});
