'use client';

import { useMessages, useTranslations } from 'next-intl';
import { useActionState, useMemo } from 'react';
import { IDLE, type PadillaFormState } from '@/lib/consultation/form/form-state';
import { DETAIL_MAX, LINE_MAX } from '@/lib/consultation/form/limits';
import type { PadillaErrors, PadillaField, PadillaValues } from '@/lib/consultation/form/padilla-schema';
import type { Firm } from '@/lib/content';
import type { Messages } from '@/lib/i18n/messages';
import { ErrorSummary } from '../form/error-summary';
import { Choice, TextField } from '../form/field-parts';
import { useBrowserCheck } from '../form/use-browser-check';
import { ConsentBox, GuardFields, ReachFields, SubmitButton } from '../form/request-form-parts';
import { TryAgain } from './consultation-form';

type Action = (state: PadillaFormState, form: FormData) => Promise<PadillaFormState>;

const NO_ERRORS: PadillaErrors = {};
const NO_VALUES: PadillaValues = {};
const LIMITS = { lineMax: LINE_MAX, detailMax: DETAIL_MAX };

/**
 * The form's questions in the order a defense lawyer has the answers in the
 * file, each group between the parts that are not plain text fields (how to
 * reach the lawyer, the client's status).
 */
type Question = {
  field: PadillaField & keyof Messages['defenseForm'];
  hint?: `${PadillaField}Hint` & keyof Messages['defenseForm'];
  type?: 'textarea' | 'date' | 'time';
  autoComplete?: string;
};
const WHO_ASKS: readonly Question[] = [
  { field: 'lawyerName', autoComplete: 'name' },
  { field: 'office', autoComplete: 'organization' },
];
/** The client, the plea's day and time, and the facts of the plea offered. */
const THE_PLEA: readonly Question[] = [
  { field: 'reachableUntil', hint: 'reachableUntilHint' },
  { field: 'clientName', hint: 'clientNameHint' },
  { field: 'pleaDate', hint: 'pleaDateHint', type: 'date' },
  { field: 'pleaTime', type: 'time' },
  { field: 'court' },
  { field: 'charges', hint: 'chargesHint', type: 'textarea' },
  { field: 'proposedPlea', hint: 'proposedPleaHint', type: 'textarea' },
  { field: 'sentenceOffered', hint: 'sentenceOfferedHint', type: 'textarea' },
];
/** What the immigration result turns on besides the status: where the client was born, since when a resident. */
const THE_CLIENT: readonly Question[] = [
  { field: 'countryOfBirth', autoComplete: 'off' },
  { field: 'residentSince', type: 'date' },
  { field: 'priorRecord', hint: 'priorRecordHint', type: 'textarea' },
  { field: 'message', type: 'textarea' },
];

type Props = {
  action: Action;
  formToken: string;
  /** Named when the request could not be taken: the phone is then the way to reach the firm. */
  firm: Pick<Firm, 'phone' | 'placeholders'>;
};

/**
 * A defense lawyer's request for a Padilla consultation. Works without
 * JavaScript (the Server Action answers with the problems and what was
 * typed); with it, the same schema checks the answers before sending.
 */
export function PadillaForm({ action, formToken, firm }: Props) {
  const t = useTranslations('defenseForm');

  const [state, formAction] = useActionState(action, IDLE);
  const { errors, values, checkedInBrowser, checkBeforeSending, loadChecks } = useBrowserCheck(
    state,
    (checks) => checks.parsePadilla,
    {
      errors: NO_ERRORS,
      values: NO_VALUES,
    },
  );

  const messages: Partial<Record<PadillaField, string>> = useMemo(
    () => Object.fromEntries(Object.entries(errors).map(([field, problem]) => [field, t(`errors.${problem}`, LIMITS)])),
    [errors, t],
  );
  const { labels, options } = useMessages().defenseForm;
  const ask = (questions: readonly Question[]) =>
    questions.map((question) => (
      <TextField
        key={question.field}
        field={question.field}
        label={t(question.field)}
        hint={question.hint ? t(question.hint) : undefined}
        value={values[question.field]}
        error={messages[question.field]}
        type={question.type}
        autoComplete={question.autoComplete}
      />
    ));

  return (
    <form
      id="padilla-form"
      action={formAction}
      onSubmit={checkBeforeSending}
      onFocus={loadChecks}
      noValidate
      className="max-w-prose text-lg"
    >
      {state.status === 'try-again' && !checkedInBrowser ? <TryAgain state={state} firm={firm} /> : null}
      <ErrorSummary errors={messages} labels={labels} />

      <GuardFields formToken={(state.status === 'try-again' && state.formToken) || formToken} />

      <p className="rounded-lg border-l-4 border-brand-800 bg-brand-50 px-4 py-3 text-base">
        {t.rich('notice', { strong: (chunks) => <strong>{chunks}</strong> })}
      </p>

      {ask(WHO_ASKS)}
      <ReachFields words="defenseForm" values={values} errors={messages} />
      {ask(THE_PLEA)}
      <Choice
        field="clientStatus"
        legend={t('clientStatus')}
        options={options.clientStatus}
        value={values.clientStatus}
        error={messages.clientStatus}
      />
      {ask(THE_CLIENT)}

      <ConsentBox label={t('consent')} checked={values.consent === 'yes'} error={messages.consent} />

      <SubmitButton label={t('submit')} sending={t('sending')} />
    </form>
  );
}
