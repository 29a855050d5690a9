import { describe, expect, it } from 'vitest';
import { messagesFor } from '@/lib/i18n/messages';
import { englishIn, heardIn } from '../support/heard';

/** The reader behind the crawl's "no English on a Spanish page" (tests/e2e/crawl.spec.ts), tried on planted English. */
describe('what a Spanish reader hears on a page', () => {
  const resultTitle = messagesFor('en').reliefCheck.result.title;
  const page = `<!doctype html><html lang="es"><head><title>Página</title></head><body>
    <button aria-label="Open the menu">☰</button>
    <span class="sr-only">Call the office</span>
    <p>${resultTitle}</p>
    <p>tarjeta de residencia (green card)</p>
    <img alt="Retrato" src="x.png">
    <a lang="en" aria-label="English: read this page in English">English</a>
    <script>self.__next_f.push("Close the menu")</script>
    <noscript><p>${resultTitle}</p></noscript>
  </body></html>`;

  it('finds English where it is left, and lets English marked as such, and scripts, be', () => {
    expect(englishIn(heardIn(page), new Set([resultTitle]))).toEqual([
      'aria-label "Open the menu"',
      'sr-only "Call the office"',
      `text "${resultTitle}"`,
    ]);
  });

  it('hears text, labels and alternative text, with entities decoded and spaces squeezed', () => {
    expect(heardIn('<body><p>Qu&eacute;   pasa</p><img alt="Foto &amp; texto"></body>')).toEqual([
      { kind: 'text', text: 'Qué pasa' },
      { kind: 'alt', text: 'Foto & texto' },
    ]);
  });
});
