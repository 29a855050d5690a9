/**
 * What the editor's buttons write into a body: the site's own syntax, at the
 * cursor. Each returns the new text and where the cursor goes next, so the
 * writer types straight into the part that is hers to fill.
 */
export type Inserted = { text: string; cursor: number };

/** The first number not yet used as a footnote label: `[^1]`, `[^2]`, … */
export function nextFootnoteLabel(body: string): string {
  const used = new Set([...body.matchAll(/\[\^([^\]\s]+)\]/g)].map((match) => match[1]));
  let number = 1;
  while (used.has(String(number))) number += 1;
  return String(number);
}

/**
 * A footnote reference at the cursor and its definition at the end of the
 * text, the cursor left in the definition for the source to be typed.
 */
export function withFootnote(body: string, at: number, label: string): Inserted {
  const reference = `[^${label}]`;
  const before = body.slice(0, at) + reference + body.slice(at);
  const trimmed = before.replace(/\s*$/, '');
  const definitionStart = `${trimmed}\n\n[^${label}]: `;
  return { text: `${definitionStart}\n`, cursor: definitionStart.length };
}

/** A snippet at the cursor, the cursor after it. */
export function withSnippet(body: string, at: number, snippet: string): Inserted {
  return { text: body.slice(0, at) + snippet + body.slice(at), cursor: at + snippet.length };
}
