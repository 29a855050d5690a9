import { useLocale, useMessages, useTranslations } from 'next-intl';
import type { Answers } from '@/lib/relief-check/answers';
import type { Attachment } from '@/lib/relief-check/attachment';
import { answerLines, topicTitles } from '@/lib/relief-check/summary';
import { AnswerList, AnswersForm } from './parts';

export function AttachedAnswers({
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
        <AnswerList lines={lines}>
          {attachment.topics.length > 0 ? (
            <div>
              <dt className="font-semibold">{t('topics')}</dt>
              <dd>{topicTitles(attachment.topics, words).join('; ')}</dd>
            </div>
          ) : null}
        </AnswerList>
      )}
      <p className="mt-2">{t('note')}</p>
      <AnswersForm action={backAction} answers={answers} buttons={[{ intent: 'topics', label: t('back') }]} />
    </section>
  );
}
