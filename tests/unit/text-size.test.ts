import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './support/project-root';

/**
 * Text follows the reader's own text size (WCAG 1.4.4): sizes in rem or em,
 * which the phone's "large text" setting scales, never in pixels, which it
 * does not. The browser test in tests/e2e/screen-width.spec.ts checks that
 * the pages still fit the screen at 150 % and 200 %; this catches a pixel
 * size before it gets there. Print styles (points and millimetres) and the
 * firm's emails are outside the page.
 */
const PIXEL_TEXT = [/\btext-\[\d+(\.\d+)?px\]/g, /\bfont-size:\s*\d+(\.\d+)?px/g, /\bleading-\[\d+(\.\d+)?px\]/g];

function pixelTextSizes(source: string): string[] {
  return PIXEL_TEXT.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[0]));
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(tsx|css)$/.test(file))
    .map((file) => path.join(folder, file));
}

describe('text sizes', () => {
  it('finds a size in pixels, and lets rem and em pass', () => {
    expect(pixelTextSizes('<p className="text-[13px] text-[0.85em] text-lg">')).toEqual(['text-[13px]']);
    expect(pixelTextSizes('p { font-size: 14px; } h2 { font-size: 1.2rem; }')).toEqual(['font-size: 14px']);
    expect(pixelTextSizes('<p className="leading-[20px]">')).toEqual(['leading-[20px]']);
  });

  it('are in rem or em in every page component and style sheet', () => {
    const offenders = [...sourceFiles('app'), ...sourceFiles('components')].flatMap((file) =>
      pixelTextSizes(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')).map((size) => `${file}: ${size}`),
    );
    expect(offenders).toEqual([]);
  });
});
