import { useLocale, useMessages, useTranslations } from 'next-intl';
import type { Firm } from '@/lib/content';
import { around, ENGLISH_NAME_TOKEN, isChecked, PHONE_TOKEN, type LanguageHelp } from '@/lib/content/language-help';
import { isSampleFact } from '@/lib/content/sample-fact';
import { messagesFor } from '@/lib/i18n/messages';
import { CALL_LANGUAGES } from '@/lib/languages';
import { PhoneLink } from './phone-link';
import { MaybeSample } from './sample-mark';

/**
 * One short part for each of the ten languages, each in its own `lang` and
 * direction: its name, the paragraph with the firm's number, the interpreter
 * sentence when content/firm.yaml says the firm gets one for it, and, until
 * a native speaker has checked it, a note saying so.
 */
export function LanguageHelpList({ help, firm }: { help: LanguageHelp; firm: Firm }) {
  const t = useTranslations('languageHelp');
  const locale = useLocale();
  const { languageNames } = useMessages();
  const englishNote = messagesFor('en').languageHelp.unchecked;
  return (
    <ul className="mt-6 max-w-prose space-y-6">
      {CALL_LANGUAGES.map((language) => {
        const paragraph = help[language.code];
        const { before, after } = around(paragraph.text, PHONE_TOKEN);
        const sayThis = around(paragraph.interpreter, ENGLISH_NAME_TOKEN);
        return (
          <li key={language.code} id={language.code} className="rounded-lg border-2 border-slate-300 p-4 text-lg">
            <h2 className="text-xl font-bold text-brand-900">
              <span lang={language.code} dir={language.dir}>
                {language.ownName}
              </span>{' '}
              <span className="font-normal text-slate-700">({languageNames[language.key]})</span>
            </h2>
            <div lang={language.code} dir={language.dir} data-language-paragraph={language.code} className="mt-2">
              <p>
                {before}
                {/* The number and its sample mark are in the page's language, and a number reads left to right. */}
                <span lang={locale} dir="ltr">
                  <PhoneLink firm={firm} className="text-link font-semibold" />
                </span>
                {after}
              </p>
              {firm.interpreters.includes(language.code) ? (
                <p className="mt-2" data-interpreter-sentence>
                  {sayThis.before}
                  <span lang="en" dir="ltr">
                    {language.englishName}
                  </span>
                  {sayThis.after}
                  <span lang={locale} dir="ltr">
                    <MaybeSample sample={isSampleFact(firm, 'interpreters')} />
                  </span>
                </p>
              ) : null}
            </div>
            {isChecked(paragraph) ? null : (
              <p data-unchecked className="mt-2 text-base text-amber-950">
                {t('unchecked')}
                {locale === 'en' ? null : <span lang="en"> {englishNote}</span>}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
