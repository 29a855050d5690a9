import { CALLOUT_SNIPPET } from '@/lib/content/scaffold';

/**
 * What the editor's buttons write into a body: the site's own syntax, at the
 * cursor. Each returns the new text and what to select next, so the writer
 * types straight into the part that is hers to fill.
 */
export type Inserted = { text: string; selection: [number, number] };

/** The first number not yet used as a footnote label: `[^1]`, `[^2]`, … */
export function nextFootnoteLabel(body: string): string {
  const used = new Set([...body.matchAll(/\[\^([^\]\s]+)\]/g)].map((match) => match[1]));
  let number = 1;
  while (used.has(String(number))) number += 1;
  return String(number);
}

/**
 * A footnote reference at the cursor and its source line at the end of the
 * text, the cursor left on that line for the source to be typed.
 */
export function withFootnote(body: string, at: number, label: string): Inserted {
  const reference = `[^${label}]`;
  const before = body.slice(0, at) + reference + body.slice(at);
  const trimmed = before.replace(/\s*$/, '');
  const definitionStart = `${trimmed}\n\n[^${label}]: `;
  return { text: `${definitionStart}\n`, selection: [definitionStart.length, definitionStart.length] };
}

/** A callout box at the cursor, its sample title selected for typing over. */
export function withCallout(body: string, at: number): Inserted {
  const opening = `\n\n<Callout title="`;
  const snippet = `${opening}${CALLOUT_SNIPPET.title}">\n${CALLOUT_SNIPPET.text}\n</Callout>\n\n`;
  const titleStart = at + opening.length;
  return {
    text: body.slice(0, at) + snippet + body.slice(at),
    selection: [titleStart, titleStart + CALLOUT_SNIPPET.title.length],
  };
}

/**
 * The selected words linked to a glossary entry (`<Term>`); with nothing
 * selected, the entry's own word, selected so it can be changed to the form
 * the sentence needs.
 */
export function withTerm(body: string, from: number, to: number, term: { id: string; word: string }): Inserted {
  const selected = body.slice(from, to);
  const word = selected.trim() === '' ? term.word : selected;
  const opening = `<Term id="${term.id}">`;
  return {
    text: `${body.slice(0, from)}${opening}${word}</Term>${body.slice(to)}`,
    selection: [from + opening.length, from + opening.length + word.length],
  };
}
