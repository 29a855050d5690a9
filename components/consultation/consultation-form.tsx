'use client';

import { useLocale, useMessages, useTranslations } from 'next-intl';
import { useActionState, useMemo, useState } from 'react';
import { IDLE, type ConsultationFormState, type TryAgainReason } from '@/lib/consultation/form/form-state';
import { MESSAGE_MAX, NAME_MAX, NOTE_MAX } from '@/lib/consultation/form/limits';
import type { ConsultationErrors, ConsultationField, ConsultationValues } from '@/lib/consultation/form/schema';
import type { Firm } from '@/lib/content';
import { PhoneLink } from '../phone-link';
import { ErrorSummary } from '../form/error-summary';
import { FocusedAlert } from '../form/focused-alert';
import { Choice, SelectField, TextField } from '../form/field-parts';
import { MaybeSample } from '../sample-mark';
import { outOfState, type Admissions } from '@/lib/content/admissions';
import { STATES, statesIn, type StateCode } from '@/lib/content/states';
import { useBrowserCheck } from '../form/use-browser-check';
import { ConsentBox, GuardFields, ReachFields, SubmitButton } from '../form/request-form-parts';
import { aNumberDigits, aNumberInWords } from '@/lib/a-number';
import { CALL_LANGUAGES } from '@/lib/languages';

const NO_ERRORS: ConsultationErrors = {};
const NO_VALUES: ConsultationValues = {};
const STATE_CODES = Object.keys(STATES) as StateCode[];

type Action = (state: ConsultationFormState, form: FormData) => Promise<ConsultationFormState>;

/** The questions that tell the firm how urgent the case is, in the order asked (after the language). */
const TRIAGE_QUESTIONS = ['citizen', 'matter', 'detained'] as const;

/** Each of the ten languages by its own name, marked with its `lang` and direction, the same on both editions. */
const OWN_NAMES = Object.fromEntries(CALL_LANGUAGES.map((language) => [language.key, language.ownName]));
const OWN_NAME_LANGUAGES = Object.fromEntries(
  CALL_LANGUAGES.map((language) => [language.key, { lang: language.code, dir: language.dir }]),
);

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
  /** Answers known before the form opens (from the relief check); the person can change them. */
  initialValues?: ConsultationValues;
  /** Where the firm's lawyers may defend a criminal case: choosing another state shows a note. */
  admissions: Admissions;
};

export function ConsultationForm({ submit, formToken, firm, initialValues = NO_VALUES, admissions }: Props) {
  const t = useTranslations('form');
  const locale = useLocale();
  const own = useActionState('action' in submit ? submit.action : ownedElsewhere, IDLE);
  const [state, formAction] = 'action' in submit ? own : [submit.state, submit.formAction];
  // Errors found in the browser by the same schema the server uses, before anything is sent.
  const { errors, values, checkedInBrowser, checkBeforeSending, loadChecks } = useBrowserCheck(
    state,
    (checks) => checks.parseConsultation,
    {
      errors: NO_ERRORS,
      values: initialValues,
    },
  );

  // The A-number is read back from what the server was sent too, so a form sent back without JavaScript shows it.
  const aNumberEcho = (typed: string | undefined) => {
    const digits = typed ? aNumberDigits(typed) : undefined;
    return digits ? t('aNumberEcho', { printed: aNumberInWords(digits), digits }) : undefined;
  };
  const [echo, setEcho] = useState<{ aNumber?: string }>({});
  const readBackANumber = (typed: string) => setEcho({ aNumber: aNumberEcho(typed) });

  const messages: Partial<Record<ConsultationField, string>> = useMemo(
    () => Object.fromEntries(Object.entries(errors).map(([field, problem]) => [field, t(`errors.${problem}`, LIMITS)])),
    [errors, t],
  );
  // Plain words with no placeholders: read as they are (tests/unit/messages.test.ts checks they match the schema's answers).
  const { labels, options } = useMessages().form;
  // On the Spanish site, Spanish is the preferred language unless the person chose another.
  const language = values.language ?? (locale === 'es' ? 'spanish' : undefined);

  return (
    <form
      id="consultation-form"
      action={formAction}
      onSubmit={checkBeforeSending}
      onFocus={loadChecks}
      noValidate
      className="max-w-prose text-lg"
    >
      {state.status === 'try-again' && !checkedInBrowser ? <TryAgain state={state} firm={firm} /> : null}
      <ErrorSummary errors={messages} labels={labels} />

      <GuardFields formToken={(state.status === 'try-again' && state.formToken) || formToken} />
      {'carried' in submit
        ? Object.entries(submit.carried).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))
        : null}

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

      <ReachFields words="form" values={values} errors={messages} />

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

      <Choice
        field="language"
        legend={t('language')}
        options={{ english: options.language.english, ...OWN_NAMES, other: options.language.other }}
        optionLanguages={OWN_NAME_LANGUAGES}
        value={language}
        error={messages.language}
      />
      <div data-other-language-only>
        <TextField
          field="otherLanguage"
          label={t('otherLanguage')}
          value={values.otherLanguage}
          error={messages.otherLanguage}
        />
      </div>
      <Choice
        field="interpreter"
        legend={t('interpreter')}
        hint={t('interpreterHint')}
        options={options.interpreter}
        value={values.interpreter}
        error={messages.interpreter}
      />

      {TRIAGE_QUESTIONS.map((field) => (
        <Choice
          key={field}
          field={field}
          legend={t(field)}
          options={options[field]}
          value={values[field]}
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
              ? {
                  echo: 'aNumber' in echo ? echo.aNumber : aNumberEcho(values.aNumber),
                  echoSpace: aNumberEcho('A-088-888-888'),
                  onBlur: readBackANumber,
                }
              : {})}
          />
        ))}
      </fieldset>

      <SelectField
        field="caseState"
        label={t('caseState')}
        hint={t('caseStateHint')}
        none={t('caseStateNone')}
        options={statesIn(locale)}
        marked={STATE_CODES.filter((code) => outOfState(code, admissions))}
        mark="out-of-state"
        value={values.caseState}
        error={messages.caseState}
      />
      {/* Shown by CSS when a state none of the firm's lawyers is admitted in is chosen, so also without JavaScript. */}
      <p data-out-of-state-note className="mt-2 rounded-lg border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-base">
        {t('caseStateNote')}
        <MaybeSample sample={admissions.sample} />
      </p>

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

      <ConsentBox label={t('consent')} checked={values.consent === 'yes'} error={messages.consent} />

      <SubmitButton label={t('submit')} sending={t('sending')} />
    </form>
  );
}

/** Why the form was not taken, where the eye is, with the phone when calling is the way on. */
export function TryAgain({
  state,
  firm,
}: {
  state: { status: 'try-again'; reason: TryAgainReason };
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
