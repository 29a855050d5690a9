import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { parseMdxBody } from '@/lib/content/outline';
import { siteWith } from './support/fixture-site';

const CACHE = '.next/cache/content-outlines.json';

// Counts how often a body is parsed, the work the cache saves.
vi.mock('@/lib/content/outline', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/content/outline')>();
  return { ...original, parseMdxBody: vi.fn(original.parseMdxBody) };
});
const parses = () => vi.mocked(parseMdxBody).mock.calls.length;
beforeEach(() => vi.mocked(parseMdxBody).mockClear());

describe('the outline cache shared by build processes', () => {
  it('reuses an outline for an unchanged body and re-reads a changed one', () => {
    const root = siteWith();
    const first = loadContent(root).articles.find((article) => article.slug === 'older-article');
    const bodies = parses();
    expect(bodies).toBeGreaterThan(4);
    expect(fs.existsSync(path.join(root, CACHE))).toBe(true);

    // A second build process: every outline comes from the cache, no body is parsed again.
    const again = loadContent(root).articles.find((article) => article.slug === 'older-article');
    expect(again?.headings).toEqual(first?.headings);
    expect(parses()).toBe(bodies);

    const file = path.join(root, 'content/articles/older-article.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('## First section', '## A renamed section'));
    const changed = loadContent(root).articles.find((article) => article.slug === 'older-article');
    expect(changed?.headings[0]?.id).toBe('a-renamed-section');
    expect(parses()).toBe(bodies + 1);
  });

  it('still reports a body that breaks after it was cached', () => {
    const root = siteWith();
    loadContent(root);
    const file = path.join(root, 'content/articles/older-article.mdx');
    fs.appendFileSync(file, '\n<Callout>\nnever closed\n');
    expect(() => loadContent(root)).toThrow(/older-article\.mdx: the text cannot be read as MDX/);
  });
});
