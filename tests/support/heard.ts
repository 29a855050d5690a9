import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';

/**
 * What a reader sees or hears on a page as the server sends it: its text,
 * and the labels a screen reader speaks (aria-label, title, alt,
 * placeholder, sr-only text). Text inside script, style and noscript is
 * not shown, and text marked as English (`lang="en"` below <html>, as the
 * language switch is) is left out: it is meant to be English.
 */
export type Heard = { kind: 'text' | 'aria-label' | 'title' | 'alt' | 'placeholder' | 'sr-only'; text: string };

const SPOKEN_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'] as const;
const NOT_SHOWN = new Set(['script', 'style', 'noscript', 'template']);
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

export function heardIn(html: string | HTMLElement): Heard[] {
  const document = typeof html === 'string' ? parse(html) : html;
  const body = document.querySelector('body') ?? document;
  const heard: Heard[] = [];
  const visit = (node: Node, english: boolean) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = squeeze(node.text);
      if (text && !english) heard.push({ kind: 'text', text });
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    if (NOT_SHOWN.has(element.rawTagName?.toLowerCase() ?? '')) return;
    const lang = element.getAttribute('lang');
    const englishHere = lang === undefined ? english : lang.startsWith('en');
    if (!englishHere) {
      for (const name of SPOKEN_ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value) heard.push({ kind: name, text: squeeze(value) });
      }
      if (element.classList.contains('sr-only')) heard.push({ kind: 'sr-only', text: squeeze(element.text) });
    }
    for (const child of element.childNodes) visit(child, englishHere);
  };
  visit(body, false);
  return heard;
}

/** Words that never stand alone in a Spanish label. */
const ENGLISH_LABEL_WORDS = /\b(the|and|your|this|open|close|call|search|back|next|sample|skip|page|menu)\b/i;

/**
 * What a Spanish reader should not meet: a text that is exactly one of the
 * English edition's own texts, or a label with a word that is only ever
 * English. English the glossary asks for beside a Spanish term, "(green
 * card)", is part of a longer text and so is not refused.
 */
export function englishIn(heard: readonly Heard[], englishTexts: ReadonlySet<string>): string[] {
  return heard
    .filter(({ kind, text }) => englishTexts.has(text) || (kind !== 'text' && ENGLISH_LABEL_WORDS.test(text)))
    .map(({ kind, text }) => `${kind} "${text}"`);
}
