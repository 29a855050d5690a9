import type { SiteContent } from '@/lib/content/load';
import { contentFolder } from '@/lib/content/load';
import { isPublished } from '@/lib/content/publication';
import { reviewLapse, type ReviewFields } from '@/lib/content/review';

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
  /** An entry of a list file (FAQ, glossary), whose fields have no line of their own; files' fields are checked where they are read. */
  inList: boolean;
} & ReviewFields;

function reviewOf({ reviewedBy, reviewed, updated, reviewedText, textFingerprint }: ReviewFields): ReviewFields {
  return { reviewedBy, reviewed, updated, reviewedText, textFingerprint };
}

export function legalTexts(
  content: Pick<SiteContent, 'locale' | 'articles' | 'pages' | 'practiceAreas' | 'faq' | 'glossary'>,
  today: string,
): LegalText[] {
  const faqFile = `${contentFolder(content.locale)}/faq.yaml`;
  const glossaryFile = `${contentFolder(content.locale)}/glossary.yaml`;
  const files = [
    ...content.articles.filter((article) => isPublished(article, today)),
    ...content.pages.filter((page) => page.legalInformation),
    ...content.practiceAreas,
  ];
  return [
    ...files.map((text) => ({ ...reviewOf(text), file: text.file, where: text.file, inList: false })),
    ...content.faq.map((entry) => ({
      ...reviewOf(entry),
      file: faqFile,
      where: `${faqFile}: "${entry.question}"`,
      inList: true,
    })),
    ...content.glossary.map((term) => ({
      ...reviewOf(term),
      file: glossaryFile,
      where: `${glossaryFile}: ${term.id}`,
      inList: true,
    })),
  ];
}

/** What is still open about a text's review, in words; undefined when it is reviewed and unchanged since. */
export function reviewGap(text: LegalText): string | undefined {
  if (!text.reviewed) return 'not reviewed by an attorney';
  return reviewLapse(text);
}
