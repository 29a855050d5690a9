import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { siteWith } from './support/fixture-site';

const CACHE = '.next/cache/content-outlines.json';

describe('the outline cache shared by build processes', () => {
  it('reuses an outline for an unchanged body and re-reads a changed one', () => {
    const root = siteWith();
    const first = loadContent(root).articles.find((article) => article.slug === 'older-article');
    expect(fs.existsSync(path.join(root, CACHE))).toBe(true);

    const again = loadContent(root).articles.find((article) => article.slug === 'older-article');
    expect(again?.headings).toEqual(first?.headings);

    const file = path.join(root, 'content/articles/older-article.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('## First section', '## A renamed section'));
    const changed = loadContent(root).articles.find((article) => article.slug === 'older-article');
    expect(changed?.headings[0]?.id).toBe('a-renamed-section');
  });

  it('still reports a body that breaks after it was cached', () => {
    const root = siteWith();
    loadContent(root);
    const file = path.join(root, 'content/articles/older-article.mdx');
    fs.appendFileSync(file, '\n<Callout>\nnever closed\n');
    expect(() => loadContent(root)).toThrow(/older-article\.mdx: the text cannot be read as MDX/);
  });
});
