'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { useFormStatus } from 'react-dom';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, IDLE, type ConsultationFormState } from '@/lib/consultation/form-state';
import {
  BEST_TIME,
  CITIZENSHIP,
  DETENTION,
  FOR_WHOM,
  NOTE_MAX,
  LANGUAGES,
  MATTERS,
  MESSAGE_MAX,
  parseConsultation,
  type ConsultationErrors,
  type ConsultationValues,
} from '@/lib/consultation/schema';
import { ErrorSummary } from './error-summary';
import { Choice, describedBy, FieldError, TextField } from './field-parts';

const NO_ERRORS: ConsultationErrors = {};
const NO_VALUES: ConsultationValues = {};

type Action = (state: ConsultationFormState, form: FormData) => Promise<ConsultationFormState>;

/** The questions that tell the firm how urgent the case is and who should call back, in the order asked. */
const TRIAGE_QUESTIONS = [
  { field: 'language', legend: 'Which language do you prefer?', options: LANGUAGES },
  { field: 'citizen', legend: 'Is the person who needs help a US citizen?', options: CITIZENSHIP },
  { field: 'matter', legend: 'What is the case about?', options: MATTERS },
  { field: 'detained', legend: 'Is the person who needs help detained now?', options: DETENTION },
] as const;

/** How the error summary names each field. */
const LABELS: Record<string, string> = {
  name: 'Your full name',
  forWhom: 'Who needs help',
  personName: 'Name of the person who needs help',
  relationship: 'How you know them',
  bestTime: 'Best time to call',
  bestTimeNote: 'Note on when to call',
  phone: 'Phone number',
  email: 'Email address',
  language: 'Language',
  citizen: 'US citizen',
  matter: 'Your case',
  detained: 'Detention',
  hearingDate: 'Next hearing date',
  message: 'Kind of case',
  consent: 'Notice',
};

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} className="button-primary mt-8 w-full text-lg sm:w-auto">
      {pending ? 'Sending your request…' : 'Request a consultation'}
    </button>
  );
}

export function ConsultationForm({ action, formToken }: { action: Action; formToken: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  // Errors found in the browser by the same schema the server uses, before anything is sent.
  const [browserCheck, setBrowserCheck] = useState<{
    errors: ConsultationErrors;
    values: ConsultationValues;
    after: ConsultationFormState;
  }>();

  const fromBrowser = browserCheck?.after === state ? browserCheck : undefined;
  const errors: ConsultationErrors = fromBrowser?.errors ?? (state.status === 'invalid' ? state.errors : NO_ERRORS);
  const values: ConsultationValues =
    fromBrowser?.values ?? (state.status === 'idle' || state.status === 'received' ? NO_VALUES : state.values);

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
      {state.status === 'try-again' && !fromBrowser ? (
        <div role="alert" className="mb-6 rounded-lg border-4 border-amber-700 bg-amber-50 p-5 font-semibold">
          {state.message}
        </div>
      ) : null}
      <ErrorSummary errors={errors} labels={LABELS} />

      <input
        type="hidden"
        name={FORM_TOKEN_FIELD}
        value={(state.status === 'try-again' && state.formToken) || formToken}
      />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>Leave this field empty</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <p className="rounded-lg border-l-4 border-brand-800 bg-brand-50 px-4 py-3 text-base">
        <strong>Please do not send details of your case yet.</strong> This form does not make us your lawyers. We first
        check that we can take your case (a conflict check); until then, anything you write may not be confidential.
      </p>

      <TextField field="name" label="Your full name" value={values.name} error={errors.name} autoComplete="name" />

      <Choice
        field="forWhom"
        legend="Who needs help?"
        options={FOR_WHOM}
        value={values.forWhom}
        error={errors.forWhom}
      />
      <p className="mt-2 text-base text-slate-700">
        If it is not you, we need the person’s name (to check we can take the case) and how you know them.
      </p>
      <TextField
        field="personName"
        label="Name of the person who needs help (if it is not you)"
        value={values.personName}
        error={errors.personName}
      />
      <TextField
        field="relationship"
        label="How do you know them? (if it is not you)"
        hint='For example "my husband", "my brother" or "a friend".'
        value={values.relationship}
        error={errors.relationship}
      />

      <fieldset aria-describedby="contact-hint" className="mt-6">
        <legend className="text-lg font-semibold">How can we reach you?</legend>
        <p id="contact-hint" className="mt-1 text-base text-slate-700">
          Give a phone number, an email address, or both. One is enough.
        </p>
        <TextField
          field="phone"
          label="Phone number"
          hint="Include the country code if you are outside the US, for example +52 55 1234 5678."
          value={values.phone}
          error={errors.phone}
          type="tel"
          autoComplete="tel"
        />
        <TextField
          field="email"
          label="Email address"
          value={values.email}
          error={errors.email}
          type="email"
          autoComplete="email"
          spellCheck={false}
        />
      </fieldset>

      <Choice
        field="bestTime"
        legend="Best time to call (optional)"
        options={BEST_TIME}
        value={values.bestTime}
        error={errors.bestTime}
      />
      <TextField
        field="bestTimeNote"
        label="Anything else about when to call? (optional)"
        hint={`For example "after 6 pm" or "not at work". At most ${NOTE_MAX} characters.`}
        value={values.bestTimeNote}
        error={errors.bestTimeNote}
      />

      {TRIAGE_QUESTIONS.map(({ field, legend, options }) => (
        <Choice
          key={field}
          field={field}
          legend={legend}
          options={options}
          value={values[field]}
          error={errors[field]}
        />
      ))}

      <TextField
        field="hearingDate"
        label="Date of the next court or immigration hearing (optional)"
        hint="If you know it. Pick the day in the calendar, or type it the way the box shows it."
        value={values.hearingDate}
        error={errors.hearingDate}
        type="date"
      />

      <TextField
        field="message"
        label="What kind of charge or case is it? (optional)"
        hint={`A few words are enough, for example "DUI in 2019" or "drug charge, plea offered". At most ${MESSAGE_MAX} characters.`}
        warning={
          <p className="mt-1 text-base font-semibold text-amber-950">
            Do not describe what happened or send private details yet.
          </p>
        }
        value={values.message}
        error={errors.message}
        type="textarea"
      />

      <div className="mt-6 rounded-lg bg-slate-50 p-4">
        <FieldError field="consent" error={errors.consent} />
        <div className="flex items-start gap-3">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            value="yes"
            defaultChecked={values.consent === 'yes'}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy('consent', false, errors.consent)}
            className="mt-1 h-6 w-6 shrink-0 accent-brand-800"
          />
          <label htmlFor="consent">
            I understand that sending this form does not make the firm my lawyer (it creates no attorney-client
            relationship), and that I should not send confidential details until the firm has checked it can take my
            case.
          </label>
        </div>
      </div>

      <SubmitButton />
    </form>
  );
}
