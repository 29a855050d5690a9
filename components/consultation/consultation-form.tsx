'use client';

import { useLocale, useMessages, useTranslations } from 'next-intl';
import { useActionState, useMemo, useState, type FormEvent } from 'react';
import { useFormStatus } from 'react-dom';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, IDLE, type ConsultationFormState } from '@/lib/consultation/form-state';
import {
  NAME_MAX,
  NOTE_MAX,
  MESSAGE_MAX,
  parseConsultation,
  type ConsultationErrors,
  type ConsultationField,
  type ConsultationValues,
} from '@/lib/consultation/schema';
import { callableNumber, likelyMeantEmail } from '@/lib/consultation/contact-details';
import type { Firm } from '@/lib/content';
import { PhoneLink } from '../phone-link';
import { ErrorSummary } from '../form/error-summary';
import { FocusedAlert } from '../form/focused-alert';
import { Choice, describedBy, FieldError, TextField } from '../form/field-parts';
import { aNumberDigits, aNumberInWords } from '@/lib/a-number';

const NO_ERRORS: ConsultationErrors = {};
const NO_VALUES: ConsultationValues = {};

type Action = (state: ConsultationFormState, form: FormData) => Promise<ConsultationFormState>;

/** The questions that tell the firm how urgent the case is and who should call back, in the order asked. */
const TRIAGE_QUESTIONS = ['language', 'citizen', 'matter', 'detained'] as const;

/** What the ICE locator and the firm need about a detained person, in the order a family knows it. */
type DetaineeQuestion = {
  field: 'heldAt' | 'arrestDate' | 'aNumber' | 'countryOfBirth' | 'birthDate';
  hint?: 'heldAtHint' | 'aNumberHint';
  type?: 'date';
};
const DETAINEE_QUESTIONS: readonly DetaineeQuestion[] = [
  { field: 'heldAt', hint: 'heldAtHint' },
  { field: 'arrestDate', type: 'date' },
  { field: 'aNumber', hint: 'aNumberHint' },
  { field: 'countryOfBirth' },
  { field: 'birthDate', type: 'date' },
];

/** The numbers some messages mention. */
const LIMITS = { nameMax: NAME_MAX, noteMax: NOTE_MAX, messageMax: MESSAGE_MAX };

function SubmitButton() {
  const t = useTranslations('form');
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} className="button-primary mt-8 w-full text-lg sm:w-auto">
      {pending ? t('sending') : t('submit')}
    </button>
  );
}

/**
 * Where the form posts: its own Server Action, or another form's action
 * that owns this form's state (the relief check's, which keeps its answers
 * and this form's answer in one state: with JavaScript off, a page shows
 * the state of the one action that was posted). `carried`: hidden fields
 * that action reads besides the form's own.
 */
type Submit =
  | { action: Action }
  | { state: ConsultationFormState; formAction: (form: FormData) => void; carried: Record<string, string> };

// Hooks run on every render, also when another action owns the state; this one is then never called.
const ownedElsewhere: Action = async (state) => state;

type Props = {
  submit: Submit;
  formToken: string;
  /** Named when the request could not be taken: the phone is then the way to reach the firm. */
  firm: Pick<Firm, 'phone' | 'placeholders'>;
};

export function ConsultationForm({ submit, formToken, firm }: Props) {
  const t = useTranslations('form');
  const locale = useLocale();
  const own = useActionState('action' in submit ? submit.action : ownedElsewhere, IDLE);
  const [state, formAction] = 'action' in submit ? own : [submit.state, submit.formAction];
  // Errors found in the browser by the same schema the server uses, before anything is sent.
  const [browserCheck, setBrowserCheck] = useState<{
    errors: ConsultationErrors;
    values: ConsultationValues;
    after: ConsultationFormState;
  }>();

  // What was typed, read back once the person leaves the field: the number as it will be dialled, a likely slip in an email.
  // The A-number is read back from what the server was sent too, so a form sent back without JavaScript shows it.
  const aNumberEcho = (typed: string | undefined) => {
    const digits = typed ? aNumberDigits(typed) : undefined;
    return digits ? t('aNumberEcho', { printed: aNumberInWords(digits), digits }) : undefined;
  };
  const [echo, setEcho] = useState<{ phone?: string; email?: string; aNumber?: string }>({});
  const readBackANumber = (typed: string) => setEcho((old) => ({ ...old, aNumber: aNumberEcho(typed) }));
  const readBackPhone = (typed: string) => {
    const number = callableNumber(typed);
    setEcho((old) => ({ ...old, phone: number ? t('phoneEcho', { number: number.shown }) : undefined }));
  };
  const readBackEmail = (typed: string) => {
    const meant = likelyMeantEmail(typed);
    setEcho((old) => ({ ...old, email: meant ? t('emailEcho', { email: meant }) : undefined }));
  };

  const fromBrowser = browserCheck?.after === state ? browserCheck : undefined;
  const errors: ConsultationErrors = fromBrowser?.errors ?? (state.status === 'invalid' ? state.errors : NO_ERRORS);
  const values: ConsultationValues =
    fromBrowser?.values ?? (state.status === 'idle' || state.status === 'received' ? NO_VALUES : state.values);

  // Each problem in the reader's language, and the answers' labels likewise; the values sent stay the same keys.
  // Memoised: the error summary takes focus whenever its errors change, not on every render.
  const messages: Partial<Record<ConsultationField, string>> = useMemo(
    () => Object.fromEntries(Object.entries(errors).map(([field, problem]) => [field, t(`errors.${problem}`, LIMITS)])),
    [errors, t],
  );
  // Plain words with no placeholders: read as they are (tests/unit/messages.test.ts checks they match the schema's answers).
  const { labels, options } = useMessages().form;
  // On the Spanish site, Spanish is the preferred language unless the person chose another.
  const language = values.language ?? (locale === 'es' ? 'spanish' : undefined);

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const result = parseConsultation(new FormData(event.currentTarget));
    if (!result.ok) {
      event.preventDefault();
      setBrowserCheck({ errors: result.errors, values: result.values, after: state });
    }
  }

  return (
    <form
      id="consultation-form"
      action={formAction}
      onSubmit={checkBeforeSending}
      noValidate
      className="max-w-prose text-lg"
    >
      {state.status === 'try-again' && !fromBrowser ? <TryAgain state={state} firm={firm} /> : null}
      <ErrorSummary errors={messages} labels={labels} />

      <input
        type="hidden"
        name={FORM_TOKEN_FIELD}
        value={(state.status === 'try-again' && state.formToken) || formToken}
      />
      <input type="hidden" name="siteLanguage" value={locale} />
      {'carried' in submit
        ? Object.entries(submit.carried).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))
        : null}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>{t('honeypot')}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <p className="rounded-lg border-l-4 border-brand-800 bg-brand-50 px-4 py-3 text-base">
        {t.rich('notice', { strong: (chunks) => <strong>{chunks}</strong> })}
      </p>

      <TextField field="name" label={t('name')} value={values.name} error={messages.name} autoComplete="name" />

      <Choice
        field="forWhom"
        legend={t('forWhom')}
        options={options.forWhom}
        value={values.forWhom}
        error={messages.forWhom}
      />
      <p className="mt-2 text-base text-slate-700">{t('forWhomHint')}</p>
      <TextField field="personName" label={t('personName')} value={values.personName} error={messages.personName} />
      <TextField
        field="relationship"
        label={t('relationship')}
        hint={t('relationshipHint')}
        value={values.relationship}
        error={messages.relationship}
      />

      <fieldset aria-describedby="contact-hint" className="mt-6">
        <legend className="text-lg font-semibold">{t('reach')}</legend>
        <p id="contact-hint" className="mt-1 text-base text-slate-700">
          {t('reachHint')}
        </p>
        <TextField
          field="phone"
          label={t('phone')}
          hint={t('phoneHint')}
          value={values.phone}
          error={messages.phone}
          type="tel"
          autoComplete="tel"
          echo={echo.phone}
          onBlur={readBackPhone}
        />
        <TextField
          field="email"
          label={t('email')}
          value={values.email}
          error={messages.email}
          type="email"
          autoComplete="email"
          spellCheck={false}
          echo={echo.email}
          onBlur={readBackEmail}
        />
      </fieldset>

      <Choice
        field="bestTime"
        legend={t('bestTime')}
        options={options.bestTime}
        value={values.bestTime}
        error={messages.bestTime}
      />
      <TextField
        field="bestTimeNote"
        label={t('bestTimeNote')}
        hint={t('bestTimeNoteHint', { max: NOTE_MAX })}
        value={values.bestTimeNote}
        error={messages.bestTimeNote}
      />

      {TRIAGE_QUESTIONS.map((field) => (
        <Choice
          key={field}
          field={field}
          legend={t(field)}
          options={options[field]}
          value={field === 'language' ? language : values[field]}
          error={messages[field]}
        />
      ))}

      <fieldset data-detained-only className="mt-6 rounded-lg border-2 border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t('detainedHeading')}</legend>
        <p className="text-base text-slate-700">{t('detainedIntro')}</p>
        {DETAINEE_QUESTIONS.map(({ field, hint, type }) => (
          <TextField
            key={field}
            field={field}
            label={t(field)}
            hint={hint ? t(hint) : undefined}
            value={values[field]}
            error={messages[field]}
            type={type}
            {...(field === 'aNumber'
              ? { echo: 'aNumber' in echo ? echo.aNumber : aNumberEcho(values.aNumber), onBlur: readBackANumber }
              : {})}
          />
        ))}
      </fieldset>

      <TextField
        field="hearingDate"
        label={t('hearingDate')}
        hint={t('hearingDateHint')}
        value={values.hearingDate}
        error={messages.hearingDate}
        type="date"
      />

      <TextField
        field="message"
        label={t('message')}
        hint={t('messageHint', { max: MESSAGE_MAX })}
        warning={<p className="mt-1 text-base font-semibold text-amber-950">{t('messageWarning')}</p>}
        value={values.message}
        error={messages.message}
        type="textarea"
      />

      <div className="mt-6 rounded-lg bg-slate-50 p-4">
        <FieldError field="consent" error={messages.consent} />
        <div className="flex items-start gap-3">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            value="yes"
            defaultChecked={values.consent === 'yes'}
            aria-invalid={messages.consent ? true : undefined}
            aria-describedby={describedBy('consent', false, messages.consent)}
            className="mt-1 h-6 w-6 shrink-0 accent-brand-800"
          />
          <label htmlFor="consent">{t('consent')}</label>
        </div>
      </div>

      <SubmitButton />
    </form>
  );
}

/** Why the form was not taken, where the eye is, with the phone when calling is the way on. */
function TryAgain({
  state,
  firm,
}: {
  state: Extract<ConsultationFormState, { status: 'try-again' }>;
  firm: Props['firm'];
}) {
  const t = useTranslations('form');
  return (
    <FocusedAlert shownFor={state} className="mb-6 rounded-lg border-4 border-amber-700 bg-amber-50 p-5 font-semibold">
      <p>{t(state.reason)}</p>
      {state.reason === 'tryAgain' ? null : (
        <p className="mt-3">
          <PhoneLink firm={firm} label={t('callUs')} />
        </p>
      )}
    </FocusedAlert>
  );
}
