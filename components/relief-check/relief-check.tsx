'use client';

import { useLocale, useMessages, useTranslations } from 'next-intl';
import { useActionState, useEffect, useMemo, useRef } from 'react';
import type { Firm } from '@/lib/content';
import { statesIn } from '@/lib/content/states';
import {
  CHARGE_QUESTION,
  CHOICES,
  isChoice,
  WHO_QUESTION,
  type Answers,
  type Question,
} from '@/lib/relief-check/answers';
import { CONSULT_INTENT } from '@/lib/consultation/form-state';
import type { ReliefCheckPageState } from '@/lib/consultation/relief-check-request';
import type { Attachment } from '@/lib/relief-check/attachment';
import {
  ATTACHMENT_FIELD,
  carriedAnswers,
  LANGUAGE_FIELD,
  SEND_FIELD,
  SEND_TOPICS,
  START,
  type Intent,
} from '@/lib/relief-check/flow';
import type { RunningDeadline } from '@/lib/relief-check/deadlines';
import type { TopicLink } from '@/lib/relief-check/links';
import type { ShownTopic, TopicId } from '@/lib/relief-check/rules';
import { STEP_COUNT, STEPS, stepQuestions } from '@/lib/relief-check/steps';
import { answerLines, questionsFor, topicTitles } from '@/lib/relief-check/summary';
import { dayInWords, describeTopic } from '@/lib/relief-check/words';
import type { Locale } from '@/lib/routes';
import { ConsultationForm } from '../consultation/consultation-form';
import { ErrorSummary } from '../form/error-summary';
import { Choice, describedBy, FieldError, TextField, Ticks } from '../form/field-parts';
import { PhoneLink } from '../phone-link';

type Props = {
  action: (state: ReliefCheckPageState, form: FormData) => Promise<ReliefCheckPageState>;
  /** What explains each topic, in the reader's language where there is one (lib/relief-check/links.ts). */
  links: Partial<Record<TopicId, TopicLink>>;
  firm: Pick<Firm, 'phone' | 'placeholders'>;
};

/**
 * The relief check: one group of questions per step, then the topics. A
 * plain form from step to step (it works with JavaScript off); the
 * answers travel in hidden fields, and nothing is kept on the server.
 */
export function ReliefCheck({ action, links, firm }: Props) {
  const [state, formAction] = useActionState(action, START);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  // With JavaScript on, each new step or the result takes focus, as a new page would.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [state]);

  if (state.view === 'send') {
    return (
      <>
        {/* Outside the consultation form: it has a form of its own, to go back and change the answers. */}
        <AttachedAnswers answers={state.answers} attachment={state.attachment} backAction={formAction} />
        <ConsultationForm
          firm={firm}
          formToken={state.formToken}
          submit={{
            state: state.consultation,
            formAction,
            carried: { [ATTACHMENT_FIELD]: JSON.stringify(state.attachment), intent: CONSULT_INTENT },
          }}
        />
      </>
    );
  }
  if (state.view === 'result') {
    return (
      <Result
        answers={state.answers}
        topics={state.topics}
        deadlines={state.deadlines}
        links={links}
        firm={firm}
        formAction={formAction}
        headingRef={heading}
      />
    );
  }
  return <Step state={state} formAction={formAction} headingRef={heading} />;
}

type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

function Notice() {
  const t = useTranslations('reliefCheck');
  return <p className="mb-6 rounded-lg border-l-4 border-brand-800 bg-brand-50 px-4 py-3 text-base">{t('notice')}</p>;
}

function HiddenAnswers({ answers, except = [] }: { answers: Answers; except?: readonly Question[] }) {
  return (
    <>
      {carriedAnswers(answers, except).map(([question, value]) => (
        <input key={`${question}=${value}`} type="hidden" name={question} value={value} />
      ))}
    </>
  );
}

/** Buttons that carry every answer to the check's action, each saying what it does (`intent`). */
function AnswersForm({
  action,
  answers,
  buttons,
  children,
}: {
  action: (form: FormData) => void;
  answers: Answers;
  buttons: readonly { intent: Intent; label: string; primary?: boolean }[];
  children?: React.ReactNode;
}) {
  return (
    <form action={action} className="mt-4">
      <HiddenAnswers answers={answers} />
      {children}
      <div className="mt-4 flex flex-wrap gap-3">
        {buttons.map(({ intent, label, primary }) => (
          <button
            key={intent}
            type="submit"
            name="intent"
            value={intent}
            className={primary ? 'button-primary' : 'button-secondary'}
          >
            {label}
          </button>
        ))}
      </div>
    </form>
  );
}

function Step({
  state,
  formAction,
  headingRef,
}: {
  state: Extract<ReliefCheckPageState, { view: 'step' }>;
  formAction: (form: FormData) => void;
  headingRef: HeadingRef;
}) {
  const t = useTranslations('reliefCheck');
  const words = useMessages().reliefCheck;
  const { options } = words;
  const locale = useLocale();
  const step = STEPS[state.step] ?? STEPS[0];
  const { answers } = state;
  const questions = questionsFor(words, answers.who);
  const asked = stepQuestions(state.step, answers);
  const errors = useMemo(
    () => Object.fromEntries(Object.entries(state.errors).map(([question, code]) => [question, t(`errors.${code}`)])),
    [state.errors, t],
  ) as Partial<Record<Question, string>>;
  const last = state.step === STEP_COUNT - 1;
  const hints: Partial<Record<Question, string>> = {
    judgmentDate: questions.judgmentDateHint,
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
      />
    );
  };

  return (
    <form action={formAction} noValidate className="max-w-prose text-lg">
      {state.step === 0 ? <Notice /> : null}
      <p className="font-semibold text-slate-700">{t('progress', { step: state.step + 1, count: STEP_COUNT })}</p>
      <h2 ref={headingRef} tabIndex={-1} className="mt-1 text-2xl font-bold text-brand-900 focus:outline-none">
        {t(`steps.${step.id}`)}
      </h2>
      <div className="mt-4">
        <ErrorSummary errors={errors} labels={questions} />
      </div>
      <input type="hidden" name="step" value={state.step} />
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
          {last ? t('seeTopics') : t('next')}
        </button>
      </div>
    </form>
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

function Result({
  answers,
  topics,
  deadlines,
  links,
  firm,
  formAction,
  headingRef,
}: {
  answers: Answers;
  topics: ShownTopic[];
  deadlines: RunningDeadline[];
  links: Props['links'];
  firm: Props['firm'];
  formAction: (form: FormData) => void;
  headingRef: HeadingRef;
}) {
  const t = useTranslations('reliefCheck');
  const words = useMessages().reliefCheck;
  const locale = useLocale() as Locale;
  return (
    <div className="max-w-prose text-lg">
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-brand-900 focus:outline-none">
        {t('result.title')}
      </h2>
      {deadlines.length > 0 ? <Deadlines deadlines={deadlines} firm={firm} /> : null}
      <p className="mt-2">{topics.length > 0 ? t('result.intro') : t('result.none')}</p>
      <ol className="mt-6 space-y-6">
        {topics.map((topic) => {
          const article = links[topic.id];
          const { title, paragraphs } = describeTopic(topic, words, locale);
          return (
            <li
              key={topic.id}
              className={topic.urgency === 'call-now' ? 'rounded-xl border-4 border-red-800 bg-red-50 p-5' : ''}
            >
              <h3 className="text-xl font-bold text-brand-900">{title}</h3>
              {topic.urgency === 'call-now' ? (
                <p className="mt-2">
                  <PhoneLink firm={firm} label={t('result.callNow')} className="button-primary text-lg" />
                </p>
              ) : null}
              {paragraphs.map((paragraph) => (
                <p key={paragraph} className="mt-2">
                  {paragraph}
                </p>
              ))}
              {article ? (
                <p className="mt-2">
                  {t('result.readMore')}{' '}
                  <a href={article.href} hrefLang={article.lang} className="text-link">
                    <span lang={article.lang}>{article.title}</span>
                  </a>
                  {article.lang ? ` ${t('result.inEnglish')}` : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <section aria-labelledby="send-heading" className="mt-10 rounded-xl bg-slate-50 p-5">
        <h2 id="send-heading" className="text-xl font-bold text-brand-900">
          {t('result.sendTitle')}
        </h2>
        {/* Rule 1.18: the caution comes before anything is chosen or sent. */}
        <p className="mt-2 rounded-lg border-l-4 border-brand-800 bg-white px-4 py-3 font-semibold">
          {t('result.sendCaution')}
        </p>
        <AnswersForm
          action={formAction}
          answers={answers}
          buttons={[
            { intent: 'send', label: t('result.send'), primary: true },
            { intent: 'change', label: t('result.change') },
            { intent: 'restart', label: t('result.startOver') },
          ]}
        >
          <fieldset className="mt-4">
            <legend className="font-semibold">{t('result.sendWhat')}</legend>
            <div className="mt-2 space-y-1">
              {answerLines(answers, words, locale).map(({ question, label, value }) => (
                <SendChoice key={question} value={question}>
                  {label} <strong>{value}</strong>
                </SendChoice>
              ))}
              {topics.length > 0 ? <SendChoice value={SEND_TOPICS}>{t('result.sendTopics')}</SendChoice> : null}
            </div>
          </fieldset>
        </AnswersForm>
      </section>
    </div>
  );
}

/** The deadlines still running, soonest first, with the call beside them: what a person with days left must see first. */
function Deadlines({ deadlines, firm }: { deadlines: RunningDeadline[]; firm: Props['firm'] }) {
  const t = useTranslations('reliefCheck.result');
  const locale = useLocale() as Locale;
  return (
    <div data-deadlines className="mt-4 rounded-xl border-4 border-red-800 bg-red-50 p-5">
      <ul className="space-y-3">
        {deadlines.map(({ topic, lastDay, daysLeft }) => (
          <li key={topic}>
            <p className="text-xl font-bold text-red-900">
              {t('deadline', { days: daysLeft, day: dayInWords(lastDay, locale) })}
            </p>
            <p>{t(`deadlineOf.${topic}`)}</p>
          </li>
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <PhoneLink firm={firm} label={t('callNow')} className="button-primary text-lg" />
        <p className="text-base">{t('deadlineEstimate')}</p>
      </div>
    </div>
  );
}

/** One thing the person may send or keep back: ticked until they untick it. */
function SendChoice({ value, children }: { value: string; children: React.ReactNode }) {
  return (
    <label className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg px-2 py-2 hover:bg-white">
      <input
        type="checkbox"
        name={SEND_FIELD}
        value={value}
        defaultChecked
        className="mt-1 h-6 w-6 shrink-0 accent-brand-800"
      />
      <span>{children}</span>
    </label>
  );
}

function AttachedAnswers({
  answers,
  attachment,
  backAction,
}: {
  answers: Answers;
  attachment: Attachment;
  backAction: (form: FormData) => void;
}) {
  const t = useTranslations('reliefCheck.attached');
  const words = useMessages().reliefCheck;
  const locale = useLocale();
  const lines = answerLines(attachment.answers, words, locale);
  const nothing = lines.length === 0 && attachment.topics.length === 0;
  return (
    <section aria-labelledby="attached-heading" className="mb-6 rounded-lg border-2 border-slate-300 p-4 text-base">
      <h2 id="attached-heading" className="text-lg font-bold text-brand-900">
        {t('title')}
      </h2>
      {nothing ? (
        <p className="mt-2">{t('nothing')}</p>
      ) : (
        <dl className="mt-2 space-y-1">
          {lines.map(({ question, label, value }) => (
            <div key={question}>
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          {attachment.topics.length > 0 ? (
            <div>
              <dt className="font-semibold">{t('topics')}</dt>
              <dd>{topicTitles(attachment.topics, words).join('; ')}</dd>
            </div>
          ) : null}
        </dl>
      )}
      <p className="mt-2">{t('note')}</p>
      <AnswersForm action={backAction} answers={answers} buttons={[{ intent: 'topics', label: t('back') }]} />
    </section>
  );
}
