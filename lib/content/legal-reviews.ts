import type { SiteContent } from './load';
import { FAQ_FILE, GLOSSARY_FILE, contentFolder } from './load';
import { isPublished } from './publication';

/**
 * Every text of the site that states the law, with its attorney review:
 * published articles, legal pages (/detained), practice areas, FAQ answers
 * and glossary entries, in every language. One list, so launch-check and
 * content:check judge them alike.
 */
export type LegalText = {
  /** Where a staff member finds it: the file, and for an entry of a list, which entry. */
  where: string;
  file: string;
  reviewedBy?: string;
  reviewed?: string;
  updated?: string;
};

export function legalTexts(
  content: Pick<SiteContent, 'locale' | 'articles' | 'pages' | 'practiceAreas' | 'faq' | 'glossary'>,
  today: string,
): LegalText[] {
  const folder = contentFolder(content.locale);
  const faqFile = content.locale === 'en' ? FAQ_FILE : `${folder}/faq.yaml`;
  const glossaryFile = content.locale === 'en' ? GLOSSARY_FILE : `${folder}/glossary.yaml`;
  return [
    ...content.articles
      .filter((article) => isPublished(article, today))
      .map((article) => ({ ...article, where: article.file })),
    ...content.pages.filter((page) => page.legalInformation).map((page) => ({ ...page, where: page.file })),
    ...content.practiceAreas.map((area) => ({ ...area, where: area.file })),
    ...content.faq.map((entry) => ({ ...entry, file: faqFile, where: `${faqFile}: "${entry.question}"` })),
    ...content.glossary.map((term) => ({ ...term, file: glossaryFile, where: `${glossaryFile}: ${term.id}` })),
  ].map(({ where, file, reviewedBy, reviewed, updated }) => ({ where, file, reviewedBy, reviewed, updated }));
}

/** What is still open about a text's review, in words; undefined when it is reviewed and unchanged since. */
export function reviewGap(text: LegalText): string | undefined {
  if (!text.reviewed) return 'not reviewed by an attorney';
  if (text.updated && text.updated > text.reviewed)
    return `updated on ${text.updated}, after its review on ${text.reviewed}`;
  return undefined;
}
