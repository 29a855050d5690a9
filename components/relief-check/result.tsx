import { useLocale, useMessages, useTranslations } from 'next-intl';
import { stateOfStateCase, type Answers } from '@/lib/relief-check/answers';
import { SEND_FIELD, SEND_TOPICS } from '@/lib/relief-check/form-fields';
import type { RunningDeadline } from '@/lib/relief-check/deadlines';
import { linksToExplanation, type ShownTopic } from '@/lib/relief-check/rules';
import { answerLines } from '@/lib/relief-check/summary';
import { dayInWords, describeTopic } from '@/lib/relief-check/words';
import type { Locale } from '@/lib/routes';
import { CalendarButton } from '../calendar-button';
import { PhoneLink } from '../phone-link';
import { MaybeSample } from '../sample-mark';
import { outOfState, type Admissions } from '@/lib/content/admissions';
import { stateName } from '@/lib/content/states';
import { AnswersForm, type CheckFirm, type CheckLinks, type HeadingRef } from './parts';

export function Result({
  answers,
  topics,
  deadlines,
  hearing,
  links,
  firm,
  admissions,
  formAction,
  headingRef,
}: {
  answers: Answers;
  topics: ShownTopic[];
  deadlines: RunningDeadline[];
  hearing: string | undefined;
  links: CheckLinks;
  firm: CheckFirm;
  admissions: Admissions;
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
      {hearing ? <Hearing date={hearing} /> : null}
      <OutOfState answers={answers} admissions={admissions} />
      <p className="mt-2">{topics.length > 0 ? t('result.intro') : t('result.none')}</p>
      <ol className="mt-6 space-y-6">
        {topics.map((topic) => {
          const article = linksToExplanation(topic) ? links[topic.id] : undefined;
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
            { intent: 'restart', label: t('result.clear') },
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
        <p className="mt-3 text-base text-slate-700">{t('result.clearNote')}</p>
      </section>
    </div>
  );
}

/** The deadlines still running, soonest first, with the call beside them: what a person with days left must see first. */
function Deadlines({ deadlines, firm }: { deadlines: RunningDeadline[]; firm: CheckFirm }) {
  const t = useTranslations('reliefCheck.result');
  const locale = useLocale() as Locale;
  return (
    <div data-deadlines className="mt-4 rounded-xl border-4 border-red-800 bg-red-50 p-5">
      <ul className="space-y-3">
        {deadlines.map((deadline) => (
          <li key={deadline.topic}>
            <p className="text-xl font-bold text-red-900">
              {'lastDay' in deadline
                ? t('deadline', { days: deadline.daysLeft, day: dayInWords(deadline.lastDay, locale) })
                : t('deadlineApproximate', { days: deadline.withinDays })}
            </p>
            <p>{t(`deadlineOf.${deadline.topic}`)}</p>
            {'lastDay' in deadline ? (
              <div className="mt-2">
                <CalendarButton
                  event={deadline.topic}
                  date={deadline.lastDay}
                  about={t(`deadlineOf.${deadline.topic}`)}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <PhoneLink firm={firm} label={t('callNow')} className="button-primary text-lg" />
        {deadlines.some((deadline) => 'lastDay' in deadline) ? (
          <p className="text-base">{t('deadlineEstimate')}</p>
        ) : null}
      </div>
    </div>
  );
}

/** The next court date the person gave, to keep in the phone's calendar. */
function Hearing({ date }: { date: string }) {
  const t = useTranslations('calendar');
  const locale = useLocale() as Locale;
  return (
    <div data-hearing className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="font-semibold">{t('hearingOn', { day: dayInWords(date, locale) })}</p>
      <CalendarButton event="hearing" date={date} />
    </div>
  );
}

/**
 * A state court case where none of the firm's lawyers is admitted: said
 * before the topics, so no one waits on the firm to defend it.
 */
function OutOfState({ answers, admissions }: { answers: Answers; admissions: Admissions }) {
  const t = useTranslations('reliefCheck.result');
  const locale = useLocale() as Locale;
  const state = outOfState(stateOfStateCase(answers), admissions);
  if (!state) return null;
  return (
    <p data-out-of-state className="mt-4 rounded-lg border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
      {t('outOfState', { state: stateName(state, locale, { bare: true }) })}
      <MaybeSample sample={admissions.sample} />
    </p>
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
