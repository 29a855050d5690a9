'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD } from '@/lib/consultation/form/form-state';
import { likelyMeantEmail } from '@/lib/consultation/form/email-slips';
import { describedBy, FieldError, TextField } from './field-parts';
import { loadBrowserChecks } from './use-browser-check';

/**
 * What every request form carries besides its questions: the signed time it
 * was served and a field only a bot fills (the spam guard reads both), the
 * edition it was sent from, the notice the person must tick, and the button.
 */

export function GuardFields({ formToken }: { formToken: string }) {
  const t = useTranslations('form');
  const locale = useLocale();
  return (
    <>
      <input type="hidden" name={FORM_TOKEN_FIELD} value={formToken} />
      <input type="hidden" name="siteLanguage" value={locale} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>{t('honeypot')}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}

export function ConsentBox({
  label,
  checked,
  error,
}: {
  label: ReactNode;
  checked: boolean;
  error: string | undefined;
}) {
  return (
    <div className="mt-6 rounded-lg bg-slate-50 p-4">
      <FieldError field="consent" error={error} />
      <div className="flex items-start gap-3">
        <input
          id="consent"
          name="consent"
          type="checkbox"
          value="yes"
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('consent', false, error)}
          className="mt-1 h-6 w-6 shrink-0 accent-brand-800"
        />
        <label htmlFor="consent">{label}</label>
      </div>
    </div>
  );
}

export function SubmitButton({ label, sending }: { label: string; sending: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} className="button-primary mt-8 w-full text-lg sm:w-auto">
      {pending ? sending : label}
    </button>
  );
}

/** A phone number, an email address, or both, each read back as the firm will use it. */
export function ReachFields({
  words: namespace,
  values,
  errors,
}: {
  /** The form's messages: each has the same words for these fields, said its own way. */
  words: 'form' | 'defenseForm';
  values: { phone?: string; email?: string };
  errors: { phone?: string; email?: string };
}) {
  const t = useTranslations(namespace);
  const [echo, setEcho] = useState<{ phone?: string; email?: string }>({});
  return (
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
        error={errors.phone}
        type="tel"
        autoComplete="tel"
        echo={echo.phone}
        echoSpace={t('phoneEcho', { number: '(000) 000-0000' })}
        onBlur={(typed) => {
          // The numbering plans come with the form's checks, loaded when the form was first used.
          void loadBrowserChecks().then((checks) => {
            const number = checks?.callableNumber(typed);
            setEcho((old) => ({ ...old, phone: number ? t('phoneEcho', { number: number.shown }) : undefined }));
          });
        }}
      />
      <TextField
        field="email"
        label={t('email')}
        value={values.email}
        error={errors.email}
        type="email"
        autoComplete="email"
        spellCheck={false}
        echo={echo.email}
        echoSpace={t('emailEcho', { email: 'maria.hernandez@gmail.com' })}
        onBlur={(typed) => {
          const meant = likelyMeantEmail(typed);
          setEcho((old) => ({ ...old, email: meant ? t('emailEcho', { email: meant }) : undefined }));
        }}
      />
    </fieldset>
  );
}
