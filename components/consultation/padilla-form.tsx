'use client';

import { useMessages, useTranslations } from 'next-intl';
import { useActionState, useMemo } from 'react';
import { IDLE, type PadillaFormState } from '@/lib/consultation/form-state';
import {
  DETAIL_MAX,
  LINE_MAX,
  parsePadilla,
  type PadillaErrors,
  type PadillaField,
  type PadillaValues,
} from '@/lib/consultation/padilla-schema';
import type { Firm } from '@/lib/content';
import { ErrorSummary } from '../form/error-summary';
import { Choice, TextField } from '../form/field-parts';
import { useBrowserCheck } from '../form/use-browser-check';
import { ConsentBox, GuardFields, ReachFields, SubmitButton } from '../form/request-form-parts';
import { TryAgain } from './consultation-form';

type Action = (state: PadillaFormState, form: FormData) => Promise<PadillaFormState>;

const NO_ERRORS: PadillaErrors = {};
const NO_VALUES: PadillaValues = {};
const LIMITS = { lineMax: LINE_MAX, detailMax: DETAIL_MAX };

/** The facts of the plea offered, in the order a defense lawyer has them in the file. */
const CASE_QUESTIONS = [
  { field: 'court' },
  { field: 'charges', hint: 'chargesHint', type: 'textarea' },
  { field: 'proposedPlea', hint: 'proposedPleaHint', type: 'textarea' },
  { field: 'sentenceOffered', hint: 'sentenceOfferedHint', type: 'textarea' },
] as const;

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
  const { errors, values, checkedInBrowser, checkBeforeSending } = useBrowserCheck(state, parsePadilla, {
    errors: NO_ERRORS,
    values: NO_VALUES,
  });

  const messages: Partial<Record<PadillaField, string>> = useMemo(
    () => Object.fromEntries(Object.entries(errors).map(([field, problem]) => [field, t(`errors.${problem}`, LIMITS)])),
    [errors, t],
  );
  const { labels, options } = useMessages().defenseForm;

  return (
    <form
      id="padilla-form"
      action={formAction}
      onSubmit={checkBeforeSending}
      noValidate
      className="max-w-prose text-lg"
    >
      {state.status === 'try-again' && !checkedInBrowser ? <TryAgain state={state} firm={firm} /> : null}
      <ErrorSummary errors={messages} labels={labels} />

      <GuardFields formToken={(state.status === 'try-again' && state.formToken) || formToken} />

      <p className="rounded-lg border-l-4 border-brand-800 bg-brand-50 px-4 py-3 text-base">
        {t.rich('notice', { strong: (chunks) => <strong>{chunks}</strong> })}
      </p>

      <TextField
        field="lawyerName"
        label={t('lawyerName')}
        value={values.lawyerName}
        error={messages.lawyerName}
        autoComplete="name"
      />
      <TextField
        field="office"
        label={t('office')}
        value={values.office}
        error={messages.office}
        autoComplete="organization"
      />

      <ReachFields words="defenseForm" values={values} errors={messages} />

      <TextField
        field="clientName"
        label={t('clientName')}
        hint={t('clientNameHint')}
        value={values.clientName}
        error={messages.clientName}
      />
      <TextField
        field="pleaDate"
        label={t('pleaDate')}
        hint={t('pleaDateHint')}
        value={values.pleaDate}
        error={messages.pleaDate}
        type="date"
      />
      {CASE_QUESTIONS.map((question) => (
        <TextField
          key={question.field}
          field={question.field}
          label={t(question.field)}
          hint={'hint' in question ? t(question.hint) : undefined}
          value={values[question.field]}
          error={messages[question.field]}
          type={'type' in question ? question.type : undefined}
        />
      ))}
      <Choice
        field="clientStatus"
        legend={t('clientStatus')}
        options={options.clientStatus}
        value={values.clientStatus}
        error={messages.clientStatus}
      />
      <TextField
        field="priorRecord"
        label={t('priorRecord')}
        hint={t('priorRecordHint')}
        value={values.priorRecord}
        error={messages.priorRecord}
        type="textarea"
      />
      <TextField field="message" label={t('message')} value={values.message} error={messages.message} type="textarea" />

      <ConsentBox label={t('consent')} checked={values.consent === 'yes'} error={messages.consent} />

      <SubmitButton label={t('submit')} sending={t('sending')} />
    </form>
  );
}
