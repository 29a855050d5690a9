import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';
import { DEFAULT_LOCALE, type Locale } from '@/lib/routes';
import { foldAccents, termProcessor } from './words';

export type SearchDocument = {
  id: string;
  kind: 'article' | 'practiceArea' | 'page';
  title: string;
  description: string;
  body: string;
  url: string;
};

/** A piece of an excerpt; `match` pieces are shown highlighted. */
export type ExcerptPart = { text: string; match: boolean };

export type SearchHit = { url: string; title: string; kind: SearchDocument['kind']; excerpt: ExcerptPart[] };

export type SiteSearch = { index: MiniSearch<SearchDocument>; documents: Map<string, SearchDocument> };

/** The search of one language's pages; Spanish words are stemmed and matched without accents (words.ts). */
export function buildSiteSearch(documents: readonly SearchDocument[], locale: Locale = DEFAULT_LOCALE): SiteSearch {
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'description', 'body'],
    processTerm: termProcessor(locale),
    storeFields: ['id'],
    searchOptions: {
      // A word in the title says more about a page than the same word in passing.
      boost: { title: 4, description: 2 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(documents);
  return { index, documents: new Map(documents.map((document) => [document.id, document])) };
}

/** A word list from content/synonyms.yaml: what readers type, and what the pages say. */
export type SynonymGroup = { words: readonly string[]; means: readonly string[] };

/** The phrases to look for besides the query: the `means` of every group whose words the query contains. */
export function expandQuery(query: string, synonyms: readonly SynonymGroup[]): string[] {
  const asked = ` ${foldAccents(query.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const extra = synonyms
    .filter((group) => group.words.some((word) => asked.includes(` ${foldAccents(word.toLowerCase())} `)))
    .flatMap((group) => group.means);
  return [...new Set(extra)];
}

export function searchSite(
  { index, documents }: SiteSearch,
  query: string,
  synonyms: readonly SynonymGroup[] = [],
  limit = 20,
): SearchHit[] {
  const trimmed = query.trim().slice(0, 200);
  if (trimmed === '') return [];
  const extra = expandQuery(trimmed, synonyms);
  // The query and each synonym phrase are looked for whole (every word of one of them), never word by word:
  // MiniSearch hands a parent's OR down to the words of each phrase.
  const whole = (phrase: string) => ({ queries: [phrase], combineWith: 'AND' as const });
  return index
    .search(extra.length > 0 ? { combineWith: 'OR', queries: [trimmed, ...extra].map(whole) } : trimmed)
    .slice(0, limit)
    .flatMap((result: MiniSearchResult) => {
      const document = documents.get(String(result.id));
      if (!document) return [];
      return [
        { url: document.url, title: document.title, kind: document.kind, excerpt: excerptFor(document, result.terms) },
      ];
    });
}

const BEFORE = 70;
const LENGTH = 220;

/** The sentence around the first match in the body (or the description), with every matched word marked. */
export function excerptFor(
  document: Pick<SearchDocument, 'body' | 'description'>,
  terms: readonly string[],
): ExcerptPart[] {
  const pattern = termsPattern(terms);
  // Matched on the text without accents, so "detencion" marks "detención"; the folded text keeps every position.
  const bodyMatch = pattern ? pattern.exec(foldAccents(document.body)) : null;
  const source = bodyMatch ? document.body : document.description;
  let start = bodyMatch ? Math.max(0, bodyMatch.index - BEFORE) : 0;
  if (start > 0) start = source.indexOf(' ', start) + 1;
  let end = Math.min(source.length, start + LENGTH);
  if (end < source.length) end = source.lastIndexOf(' ', end);
  const window = `${start > 0 ? '…' : ''}${source.slice(start, end)}${end < source.length ? '…' : ''}`;
  return highlight(window, pattern);
}

function termsPattern(terms: readonly string[]): RegExp | null {
  const words = [...new Set(terms.map(foldAccents))]
    .filter(Boolean)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${words.join('|')})[\\p{L}\\p{N}]*`, 'giu') : null;
}

function highlight(text: string, pattern: RegExp | null): ExcerptPart[] {
  if (!pattern) return [{ text, match: false }];
  const parts: ExcerptPart[] = [];
  let last = 0;
  for (const match of foldAccents(text).matchAll(new RegExp(pattern.source, pattern.flags))) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: text.slice(last, index), match: false });
    parts.push({ text: text.slice(index, index + match[0].length), match: true });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
