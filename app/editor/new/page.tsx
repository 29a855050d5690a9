import { saveFile } from '@/app/editor/actions';
import { EditorForm } from '@/components/editor/editor-form';
import { EditorHeader } from '@/components/editor/editor-header';
import { TranslationChoice } from '@/components/editor/translation-choice';
import { getFirm } from '@/lib/content';
import { todayIn } from '@/lib/dates';
import { editorAccess } from '@/lib/editor/access';
import { editorChoices } from '@/lib/editor/catalogue';
import { newArticleValues } from '@/lib/editor/new-article';
import { isLocale } from '@/lib/routes';

type Props = { searchParams: Promise<{ language?: string; translationOf?: string }> };

export const metadata = { title: 'New article' };

export default async function NewArticlePage({ searchParams }: Props) {
  const access = await editorAccess();
  const { language, translationOf } = await searchParams;
  const locale = isLocale(language) ? language : 'en';
  const choices = editorChoices(access.root);
  const english = choices.englishArticles.find((article) => article.value === translationOf);
  const needsSource = locale !== 'en' && !english;
  return (
    <>
      <EditorHeader access={access} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-3xl font-bold text-brand-900">
          {locale === 'en' ? 'A new article in English' : 'A Spanish translation of an article'}
        </h1>
        {needsSource ? (
          <TranslationChoice articles={choices.englishArticles} />
        ) : (
          <EditorForm
            kind="articles"
            locale={locale}
            version={null}
            initial={await newArticleValues(access.root, todayIn(getFirm().timeZone), english)}
            choices={choices}
            save={saveFile}
          />
        )}
      </main>
    </>
  );
}
