import { articleInLanguage, findArticle, findPage } from '@/lib/content';
import { DEFAULT_LOCALE, articlePath, pagePath, type Locale } from '@/lib/routes';
import { RULES, type TopicId } from './rules';

/** A link to what explains a topic; `lang` when it is in another language than the page (English, not yet translated). */
export type TopicLink = { title: string; href: string; lang?: Locale };

/**
 * What explains each topic, in the reader's language, or in English
 * (marked so) when the article has no translation yet. A topic whose
 * article is not published has no link.
 */
export function topicLinks(locale: Locale): Partial<Record<TopicId, TopicLink>> {
  return Object.fromEntries(
    RULES.flatMap((rule): [TopicId, TopicLink][] => {
      if ('page' in rule.explainedIn) {
        const page = findPage(rule.explainedIn.page, locale);
        return [[rule.id, { title: page.title, href: pagePath(rule.explainedIn.page, locale) }]];
      }
      const english = findArticle(rule.explainedIn.article);
      if (!english) return [];
      const translated = articleInLanguage(english, locale);
      return [
        [
          rule.id,
          translated
            ? { title: translated.title, href: articlePath(translated.slug, locale) }
            : { title: english.title, href: articlePath(english.slug), lang: DEFAULT_LOCALE },
        ],
      ];
    }),
  );
}
