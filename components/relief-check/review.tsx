import { useLocale, useMessages, useTranslations } from 'next-intl';
import type { Answers } from '@/lib/relief-check/answers';
import { EDIT_STEP_FIELD } from '@/lib/relief-check/form-fields';
import { isStepAsked, STEPS } from '@/lib/relief-check/steps';
import { answerLines } from '@/lib/relief-check/summary';
import { AnswerList, HiddenAnswers, type HeadingRef } from './parts';

/**
 * Every answer before the topics, grouped by step, each group with its own
 * "Change". One form: each button carries every answer, and names its step.
 */
export function Review({
  answers,
  formAction,
  headingRef,
}: {
  answers: Answers;
  formAction: (form: FormData) => void;
  headingRef: HeadingRef;
}) {
  const t = useTranslations('reliefCheck');
  const words = useMessages().reliefCheck;
  const locale = useLocale();
  const lines = answerLines(answers, words, locale);
  return (
    <form action={formAction} className="max-w-prose text-lg" data-review>
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-brand-900 focus:outline-none">
        {t('review.title')}
      </h2>
      <p className="mt-2 text-slate-700">{t('review.intro')}</p>
      <HiddenAnswers answers={answers} />
      {STEPS.map((step, index) => {
        // A step with nothing to ask for these answers (the plea, when there was none) has nothing to change.
        if (!isStepAsked(index, answers)) return null;
        const own = lines.filter((line) => (step.questions as readonly string[]).includes(line.question));
        const title = t(`steps.${step.id}`);
        return (
          <section key={step.id} aria-label={title} className="mt-6 border-t border-slate-200 pt-4">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h3 className="text-xl font-bold">{title}</h3>
              <button
                type="submit"
                name={EDIT_STEP_FIELD}
                value={index}
                // Named with its step, so a screen reader's list of buttons says which one it changes.
                aria-label={t('review.changeStep', { step: title })}
                className="button-secondary"
              >
                {t('review.change')}
              </button>
            </div>
            {own.length > 0 ? <AnswerList lines={own} /> : <p className="mt-2 text-slate-700">{t('review.none')}</p>}
          </section>
        );
      })}
      <div className="mt-8">
        <button type="submit" name="intent" value="topics" className="button-primary">
          {t('seeTopics')}
        </button>
      </div>
    </form>
  );
}
