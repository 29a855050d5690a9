import { ChoiceField } from './fields';
import type { EditorChoices } from '@/lib/editor/catalogue';

/** First step of a translation: which English article. A plain form, so the next page opens with its fields filled in. */
export function TranslationChoice({ articles }: { articles: EditorChoices['englishArticles'] }) {
  return (
    <form method="get" action="/editor/new" className="mt-6 max-w-prose space-y-4">
      <input type="hidden" name="language" value="es" />
      <ChoiceField
        id="translationOf"
        name="translationOf"
        label="Which English article are you translating?"
        options={articles}
        required
      />
      <p className="text-sm text-slate-700">
        The translation starts with the English text, its practice areas and jurisdiction; replace the text paragraph by
        paragraph.
      </p>
      <button type="submit" className="button-primary">
        Start the translation
      </button>
    </form>
  );
}
