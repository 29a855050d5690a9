import { expect, test, type Page } from '@playwright/test';
import { messagesFor } from '@/lib/i18n/messages';
import { articlePath, searchPath } from '@/lib/routes';
import { attorneys, spanishPagePaths } from './support/site';

/**
 * No English left on a Spanish page, seen or heard: every Spanish page's
 * HTML, with its labels for screen readers (aria-label, title, alt,
 * placeholder, sr-only text), holds none of the site's English words. The
 * English words are the English edition's own: every message whose Spanish
 * differs, and the attorney's sample facts. English the Spanish glossary
 * asks for beside a Spanish term, "(green card)", is part of a longer text
 * and so is not refused.
 */

function leaves(value: unknown, path: string, into: Map<string, string>) {
  if (typeof value === 'string') into.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, `${path}.${key}`, into);
  }
}

const english = new Map<string, string>();
const inSpanish = new Map<string, string>();
leaves(messagesFor('en'), '', english);
leaves(messagesFor('es'), '', inSpanish);

/** Words that never stand alone in a Spanish label. */
const ENGLISH_WORDS = /\b(the|and|your|this|open|close|call|search|back|next|sample|skip|page|menu)\b/i;

const spanishTexts = new Set(inSpanish.values());
const ENGLISH_TEXTS = new Set(
  [
    ...[...english].filter(([path, text]) => inSpanish.get(path) !== text).map(([, text]) => text),
    ...attorneys.flatMap((attorney) => [attorney.name, attorney.role, ...attorney.education, ...attorney.languages]),
  ]
    // Only plain words: a message with placeholders or tags is never shown as it is; a word both editions use is not English.
    .filter((text) => /[a-z]{3}/i.test(text) && !/[{}<>]/.test(text) && !spanishTexts.has(text))
    .map((text) => text.trim()),
);

/** What a Spanish reader sees or hears on the page, leaving out what is marked as English (`lang="en"`), as the language switch is. */
type Heard = { kind: string; text: string };

async function heardOn(page: Page): Promise<Heard[]> {
  return page.evaluate(() => {
    const heard: { kind: string; text: string }[] = [];
    const english = (element: Element | null) =>
      Boolean(element?.closest('[lang]:not(html)')?.getAttribute('lang')?.startsWith('en'));
    const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('script, style, noscript') || english(element)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) heard.push({ kind: name, text: squeeze(value) });
      }
      if (element.classList.contains('sr-only'))
        heard.push({ kind: 'sr-only', text: squeeze(element.textContent ?? '') });
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript') || english(parent)) continue;
      const text = squeeze(node.textContent ?? '');
      if (text) heard.push({ kind: 'text', text });
    }
    return heard;
  });
}

function englishIn(heard: readonly Heard[]): string[] {
  return heard
    .filter(({ kind, text }) => ENGLISH_TEXTS.has(text) || (kind !== 'text' && ENGLISH_WORDS.test(text)))
    .map(({ kind, text }) => `${kind} "${text}"`);
}

test('no Spanish page carries English words, visible or for a screen reader', async ({ page }) => {
  test.setTimeout(240_000);
  // A search's results and the 404 page too: an unknown article's address answers it.
  const paths = [...spanishPagePaths(), searchPath('deportación', 'es'), articlePath('no-existe', 'es')];
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    for (const found of englishIn(await heardOn(page))) problems.push(`${path}: ${found}`);
  }
  expect(problems).toEqual([]);
});

test('the check itself finds English where it is left, and lets English marked as such be', async ({ page }) => {
  await page.setContent(`<html lang="es"><body>
    <button aria-label="Open the menu">☰</button>
    <span class="sr-only">Call the office</span>
    <p>${messagesFor('en').reliefCheck.result.title}</p>
    <p>tarjeta de residencia (green card)</p>
    <a lang="en" aria-label="English: read this page in English">English</a>
  </body></html>`);
  expect(englishIn(await heardOn(page))).toEqual([
    'aria-label "Open the menu"',
    'sr-only "Call the office"',
    `text "${messagesFor('en').reliefCheck.result.title}"`,
  ]);
});
