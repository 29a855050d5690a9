import { useLocale, useMessages, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { statesIn } from '@/lib/content/states';
import { CHARGE_QUESTION, CHOICES, isChoice, WHO_QUESTION, type Question } from '@/lib/relief-check/answers';
import type { CheckStep } from '@/lib/relief-check/flow';
import { LANGUAGE_FIELD, REVIEWING_FIELD } from '@/lib/relief-check/form-fields';
import { STEP_COUNT, STEPS, stepProgress, stepQuestions } from '@/lib/relief-check/steps';
import { questionsFor } from '@/lib/relief-check/summary';
import { ErrorSummary } from '../form/error-summary';
import { Choice, describedBy, FieldError, TextField, Ticks } from '../form/field-parts';
import { HiddenAnswers, Notice, type HeadingRef } from './parts';

export function Step({
  state,
  formAction,
  headingRef,
}: {
  state: Extract<CheckStep, { view: 'step' }>;
  formAction: (form: FormData) => void;
  headingRef: HeadingRef;
}) {
  const t = useTranslations('reliefCheck');
  const words = useMessages().reliefCheck;
  const { options } = words;
  const locale = useLocale();
  const step = STEPS[state.step] ?? STEPS[0];
  const { answers } = state;
  const questions = questionsFor(words, answers);
  const asked = stepQuestions(state.step, answers);
  const errors = useMemo(
    () => Object.fromEntries(Object.entries(state.errors).map(([question, code]) => [question, t(`errors.${code}`)])),
    [state.errors, t],
  ) as Partial<Record<Question, string>>;
  const last = state.step === STEP_COUNT - 1;
  const hints: Partial<Record<Question, string>> = {
    judgmentDate: questions.judgmentDateHint,
    courtDate: questions.courtDateHint,
    caseLevel: questions.caseLevelHint,
    supervision: questions.supervisionHint,
    lawyerAdvice: questions.lawyerAdviceHint,
  };
  const hintOf = (question: Question) => hints[question];
  const value = (question: Question) => (answers[question] === undefined ? undefined : String(answers[question]));

  const field = (question: Question) => {
    if (question === 'state') return <StateSelect value={value('state')} error={errors.state} />;
    if (question === 'who') {
      return (
        <Choice
          field={question}
          legend={questions.who}
          options={options[WHO_QUESTION.words]}
          value={value(question)}
          error={errors.who}
        />
      );
    }
    if (question === 'charges') {
      return (
        <Ticks
          field={question}
          legend={questions.charges}
          hint={questions.chargesHint}
          options={options[CHARGE_QUESTION.words]}
          values={answers.charges}
          error={errors.charges}
        />
      );
    }
    if (isChoice(question)) {
      return (
        <Choice
          field={question}
          legend={questions[question]}
          hint={hintOf(question)}
          options={options[CHOICES[question].words]}
          value={value(question)}
          error={errors[question]}
        />
      );
    }
    return (
      <TextField
        field={question}
        label={questions[question]}
        hint={hintOf(question)}
        value={value(question)}
        error={errors[question]}
        type={question === 'pleaYear' ? 'number' : 'date'}
        // The browser keeps no list of what was typed here, on a phone others may use.
        autoComplete="off"
      />
    );
  };

  return (
    <form action={formAction} noValidate className="max-w-prose text-lg">
      {state.step === 0 ? (
        <>
          <Notice />
          <BeforeYouStart />
        </>
      ) : null}
      <p className="font-semibold text-slate-700">{t('progress', stepProgress(state.step, answers))}</p>
      <h2 ref={headingRef} tabIndex={-1} className="mt-1 text-2xl font-bold text-brand-900 focus:outline-none">
        {t(`steps.${step.id}`)}
      </h2>
      <div className="mt-4">
        <ErrorSummary errors={errors} labels={questions} />
      </div>
      <input type="hidden" name="step" value={state.step} />
      {state.reviewing ? <input type="hidden" name={REVIEWING_FIELD} value="1" /> : null}
      <input type="hidden" name={LANGUAGE_FIELD} value={locale} />
      <HiddenAnswers answers={answers} except={step.questions} />
      {asked.map((question) => (
        <div key={question}>{field(question)}</div>
      ))}
      <div className="mt-8 flex flex-wrap gap-3">
        {state.step > 0 ? (
          <button type="submit" name="intent" value="back" className="button-secondary">
            {t('back')}
          </button>
        ) : null}
        <button type="submit" name="intent" value="next" className="button-primary">
          {last || state.reviewing ? t('review.next') : t('next')}
        </button>
      </div>
    </form>
  );
}

/** How long the check takes and what helps to have at hand, before the first question. */
function BeforeYouStart() {
  const t = useTranslations('reliefCheck.before');
  return (
    <section aria-label={t('title')} className="mb-6" data-before-you-start>
      <p className="text-xl font-bold text-brand-900">{t('title')}</p>
      <p className="mt-1">{t('time')}</p>
      <p className="mt-2">{t('have')}</p>
      <ul className="mt-1 list-disc pl-6">
        {(['court', 'immigration', 'sentencing'] as const).map((paper) => (
          <li key={paper}>{t(`papers.${paper}`)}</li>
        ))}
      </ul>
    </section>
  );
}

function StateSelect({ value, error }: { value: string | undefined; error: string | undefined }) {
  const { questions, options } = useMessages().reliefCheck;
  const locale = useLocale();
  return (
    <div className="mt-6">
      <label htmlFor="state" className="font-semibold">
        {questions.state}
      </label>
      <FieldError field="state" error={error} />
      <select
        id="state"
        name="state"
        defaultValue={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy('state', false, error)}
        className="mt-1 block min-h-12 w-full rounded-lg border-2 border-slate-500 bg-white px-3 text-lg text-slate-900"
      >
        <option value="">{options.noState}</option>
        {statesIn(locale).map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
