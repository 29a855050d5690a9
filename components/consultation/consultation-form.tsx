'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { useFormStatus } from 'react-dom';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, IDLE, type ConsultationFormState } from '@/lib/consultation/form-state';
import {
  CITIZENSHIP,
  DETENTION,
  LANGUAGES,
  MATTERS,
  MESSAGE_MAX,
  MESSAGE_MIN,
  parseConsultation,
  type ConsultationErrors,
  type ConsultationValues,
} from '@/lib/consultation/schema';
import { ErrorSummary } from './error-summary';
import { Choice, describedBy, FieldError, Hint, inputClass } from './field-parts';

const NO_ERRORS: ConsultationErrors = {};
const NO_VALUES: ConsultationValues = {};

type Action = (state: ConsultationFormState, form: FormData) => Promise<ConsultationFormState>;

const LABELS: Record<string, string> = {
  name: 'Full name',
  email: 'Email address',
  phone: 'Phone number',
  language: 'Language',
  citizen: 'US citizen',
  matter: 'Your case',
  detained: 'Detention',
  hearingDate: 'Next hearing date',
  message: 'What happened',
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
    <form action={formAction} onSubmit={checkBeforeSending} noValidate className="max-w-prose text-lg">
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

      <div className="mt-2">
        <label htmlFor="name" className="font-semibold">
          Full name
        </label>
        <FieldError field="name" error={errors.name} />
        <input
          id="name"
          name="name"
          type="text"
          autoComplete="name"
          defaultValue={values.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name', false, errors.name)}
          className={inputClass}
        />
      </div>

      <div className="mt-6">
        <label htmlFor="email" className="font-semibold">
          Email address
        </label>
        <Hint field="email">We will write to you here.</Hint>
        <FieldError field="email" error={errors.email} />
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={values.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('email', true, errors.email)}
          className={inputClass}
        />
      </div>

      <div className="mt-6">
        <label htmlFor="phone" className="font-semibold">
          Phone number (optional)
        </label>
        <Hint field="phone">Include the country code if you are outside the US, for example +52 55 1234 5678.</Hint>
        <FieldError field="phone" error={errors.phone} />
        <input
          id="phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          defaultValue={values.phone}
          aria-invalid={errors.phone ? true : undefined}
          aria-describedby={describedBy('phone', true, errors.phone)}
          className={inputClass}
        />
      </div>

      <Choice
        field="language"
        legend="Which language do you prefer?"
        options={LANGUAGES}
        value={values.language}
        error={errors.language}
      />
      <Choice
        field="citizen"
        legend="Are you a US citizen?"
        options={CITIZENSHIP}
        value={values.citizen}
        error={errors.citizen}
      />
      <Choice
        field="matter"
        legend="What is your case about?"
        options={MATTERS}
        value={values.matter}
        error={errors.matter}
      />
      <Choice
        field="detained"
        legend="Are you or a family member detained now?"
        options={DETENTION}
        value={values.detained}
        error={errors.detained}
      />

      <div className="mt-6">
        <label htmlFor="hearingDate" className="font-semibold">
          Date of the next court or immigration hearing (optional)
        </label>
        <Hint field="hearingDate">If you know it. Year-month-day, for example 2026-12-01.</Hint>
        <FieldError field="hearingDate" error={errors.hearingDate} />
        <input
          id="hearingDate"
          name="hearingDate"
          type="date"
          defaultValue={values.hearingDate}
          aria-invalid={errors.hearingDate ? true : undefined}
          aria-describedby={describedBy('hearingDate', true, errors.hearingDate)}
          className={inputClass}
        />
      </div>

      <div className="mt-6">
        <label htmlFor="message" className="font-semibold">
          Tell us briefly what happened
        </label>
        <Hint field="message">
          {MESSAGE_MIN} to {MESSAGE_MAX.toLocaleString('en-US')} characters. The charge or the kind of case is enough
          for now; please do not send private details yet.
        </Hint>
        <FieldError field="message" error={errors.message} />
        <textarea
          id="message"
          name="message"
          rows={6}
          defaultValue={values.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy('message', true, errors.message)}
          className={inputClass}
        />
      </div>

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
