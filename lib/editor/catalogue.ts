import fs from 'node:fs';
import path from 'node:path';
import { readContent, contentFolder, type SiteContent } from '@/lib/content/load';
import { isPublished, lastUpdated } from '@/lib/content/publication';
import { reviewLapse } from '@/lib/content/review';
import { STATES } from '@/lib/content/states';
import { LOCALES, type Locale } from '@/lib/routes';
import { EDITABLE_KINDS, editableFile, type EditableFile } from './files';

/** One row of the editor's list: a file, its title when it can be read, and where it stands. */
export type CatalogueEntry = EditableFile & {
  title?: string;
  status: 'published' | 'draft' | 'scheduled' | 'cannot be read';
  review: 'reviewed' | 'not reviewed' | 'review lapsed' | 'no review needed';
  /** For an English article: whether each other language has a translation. */
  translatedInto?: Locale[];
};

/** What the pickers offer: practice areas for tags, attorneys, English articles for a translation, jurisdictions. */
export type EditorChoices = {
  tags: { value: string; label: string }[];
  /** `github`: the account that may record a review in this attorney's name in GitHub mode. */
  attorneys: { value: string; label: string; github?: string }[];
  englishArticles: {
    value: string;
    label: string;
    author?: string;
    version: string;
    tags: string[];
    jurisdiction?: string;
  }[];
  jurisdictions: { value: string; label: string }[];
  /** Each language's glossary, for the button that links a word to its entry. */
  glossary: Record<Locale, { value: string; label: string }[]>;
};

function siteOf(reading: ReturnType<typeof readContent>, locale: Locale): Partial<SiteContent> {
  return locale === 'en' ? reading.content : reading.translations[locale];
}

/** Every file the editor can open under `root`, valid or not, in the order the list shows them. */
export function editorCatalogue(root: string, today: string): CatalogueEntry[] {
  const reading = readContent(root);
  const entries: CatalogueEntry[] = [];
  for (const locale of LOCALES) {
    const site = siteOf(reading, locale);
    for (const kind of EDITABLE_KINDS) {
      const folder = path.join(root, contentFolder(locale), kind);
      if (!fs.existsSync(folder)) continue;
      const documents =
        (kind === 'articles' ? site.articles : kind === 'pages' ? site.pages : site.practiceAreas) ?? [];
      for (const name of fs
        .readdirSync(folder)
        .filter((candidate) => candidate.endsWith('.mdx'))
        .sort()) {
        const file = editableFile(`${contentFolder(locale)}/${kind}/${name}`);
        if (!file) continue;
        const document = documents.find((candidate) => candidate.file === file.file);
        if (!document) {
          entries.push({ ...file, status: 'cannot be read', review: 'no review needed' });
          continue;
        }
        const article = 'date' in document ? document : undefined;
        const needsReview = kind !== 'pages' || ('legalInformation' in document && document.legalInformation === true);
        entries.push({
          ...file,
          title: document.title,
          status: !article || isPublished(article, today) ? 'published' : article.draft ? 'draft' : 'scheduled',
          review: !needsReview
            ? 'no review needed'
            : !document.reviewed
              ? 'not reviewed'
              : reviewLapse(document)
                ? 'review lapsed'
                : 'reviewed',
          translatedInto:
            article && locale === 'en'
              ? LOCALES.filter(
                  (other) =>
                    other !== 'en' &&
                    (siteOf(reading, other).articles ?? []).some((candidate) => candidate.translationOf === file.slug),
                )
              : undefined,
        });
      }
    }
  }
  return entries;
}

export function editorChoices(root: string): EditorChoices {
  const reading = readContent(root);
  const { content } = reading;
  return {
    tags: (content.practiceAreas ?? []).map((area) => ({ value: area.slug, label: area.title })),
    attorneys: (content.attorneys ?? []).map((attorney) => ({
      value: attorney.slug,
      label: attorney.name,
      github: attorney.github,
    })),
    englishArticles: (content.articles ?? []).map((article) => ({
      value: article.slug,
      label: article.title,
      author: article.author,
      version: lastUpdated(article),
      tags: article.tags,
      jurisdiction: article.jurisdiction,
    })),
    jurisdictions: [
      { value: 'general', label: 'General: no one court system' },
      { value: 'federal', label: 'Federal courts' },
      ...Object.entries(STATES).map(([code, name]) => ({
        value: code,
        label: `${name.replace(/^the /, '')} (${code})`,
      })),
    ],
    glossary: Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        (siteOf(reading, locale).glossary ?? []).map((entry) => ({ value: entry.id, label: entry.term })),
      ]),
    ) as EditorChoices['glossary'],
  };
}
