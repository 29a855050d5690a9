import { useTranslations } from 'next-intl';
import type { Firm } from '@/lib/content';
import type { Answers, Question } from '@/lib/relief-check/answers';
import { carriedAnswers, type Intent } from '@/lib/relief-check/flow';
import type { TopicLink } from '@/lib/relief-check/links';
import type { TopicId } from '@/lib/relief-check/rules';

/*
 * The pieces every view of the relief check uses: the answers carried in
 * hidden fields, and the buttons that carry them.
 */

/** What the check shows of the firm: its number to call. */
export type CheckFirm = Pick<Firm, 'phone' | 'placeholders'>;

/** What explains each topic, in the reader's language where there is one (lib/relief-check/links.ts). */
export type CheckLinks = Partial<Record<TopicId, TopicLink>>;

/** The heading each view focuses when it appears, as a new page would. */
export type HeadingRef = React.RefObject<HTMLHeadingElement | null>;

export function Notice() {
  const t = useTranslations('reliefCheck');
  return <p className="mb-6 rounded-lg border-l-4 border-brand-800 bg-brand-50 px-4 py-3 text-base">{t('notice')}</p>;
}

export function HiddenAnswers({ answers, except = [] }: { answers: Answers; except?: readonly Question[] }) {
  return (
    <>
      {carriedAnswers(answers, except).map(([question, value]) => (
        <input key={`${question}=${value}`} type="hidden" name={question} value={value} />
      ))}
    </>
  );
}

/** Buttons that carry every answer to the check's action, each saying what it does (`intent`). */
export function AnswersForm({
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

/** Answers in words, as a definition list; `children`: more rows of the same kind. */
export function AnswerList({
  lines,
  children,
}: {
  lines: readonly { question: string; label: string; value: string }[];
  children?: React.ReactNode;
}) {
  return (
    <dl className="mt-2 space-y-1">
      {lines.map(({ question, label, value }) => (
        <div key={question}>
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {children}
    </dl>
  );
}
