import { useTranslations } from 'next-intl';
import type { HTMLInputTypeAttribute, ReactNode } from 'react';
import { inputClass } from './input-class';

export function errorId(field: string) {
  return `${field}-error`;
}

export function hintId(field: string) {
  return `${field}-hint`;
}

/** ids for aria-describedby: the hint, then the error when there is one. */
export function describedBy(field: string, hint: boolean, error: string | undefined) {
  return [hint ? hintId(field) : '', error ? errorId(field) : ''].filter(Boolean).join(' ') || undefined;
}

export function FieldError({ field, error }: { field: string; error: string | undefined }) {
  const t = useTranslations('form');
  if (!error) return null;
  return (
    <p id={errorId(field)} className="mt-1 font-semibold text-red-800">
      <span className="sr-only">{t('errorPrefix')} </span>
      {error}
    </p>
  );
}

export function Hint({ field, children }: { field: string; children: ReactNode }) {
  return (
    <p id={hintId(field)} className="mt-1 text-base text-slate-700">
      {children}
    </p>
  );
}

type ChoiceProps = {
  field: string;
  legend: string;
  hint?: ReactNode;
  /** Each answer's key (what is sent) and its words in the reader's language. */
  options: Readonly<Record<string, string>>;
  /** Answers written in another language than the page's (a language's own name): marked so it is read out right. */
  optionLanguages?: Readonly<Record<string, { lang: string; dir: 'ltr' | 'rtl' }>>;
  value: string | undefined;
  error: string | undefined;
};

/** A group of radio buttons: large targets, every option visible, no dropdown to open. */
export function Choice({ value, ...group }: ChoiceProps) {
  return <OptionGroup {...group} type="radio" checked={(key) => value === key} />;
}

/** A group of checkboxes, for a question with several answers that can fit at once. */
export function Ticks({ values, ...group }: Omit<ChoiceProps, 'value'> & { values: readonly string[] | undefined }) {
  return <OptionGroup {...group} type="checkbox" checked={(key) => values?.includes(key) ?? false} />;
}

function OptionGroup({
  field,
  legend,
  hint,
  options,
  optionLanguages,
  error,
  type,
  checked,
}: Omit<ChoiceProps, 'value'> & { type: 'radio' | 'checkbox'; checked: (key: string) => boolean }) {
  return (
    <fieldset aria-describedby={describedBy(field, hint !== undefined, error)} className="mt-6">
      <legend className="text-lg font-semibold">{legend}</legend>
      {hint === undefined ? null : <Hint field={field}>{hint}</Hint>}
      <FieldError field={field} error={error} />
      <div className="mt-1 space-y-1">
        {Object.entries(options).map(([key, label], index) => (
          <label
            key={key}
            className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-slate-50"
          >
            <input
              type={type}
              name={field}
              value={key}
              id={index === 0 ? field : undefined}
              defaultChecked={checked(key)}
              className="h-6 w-6 shrink-0 accent-brand-800"
            />
            <span {...optionLanguages?.[key]}>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type TextFieldProps = {
  field: string;
  label: string;
  hint?: ReactNode;
  value: string | undefined;
  error: string | undefined;
  type?: HTMLInputTypeAttribute | 'textarea';
  autoComplete?: string;
  spellCheck?: boolean;
  /** Shown beside the field, above it: a warning the person must see before typing. */
  warning?: ReactNode;
  /** Shown below the field, read out when it changes: what was typed, read back ("Is this right? …"). */
  echo?: string;
  /**
   * A read-back of typical length, never shown: it holds the read-back's
   * space from the start, so the form below does not move when the real
   * one appears and a tap meant for the next field still lands on it.
   */
  echoSpace?: string;
  onBlur?: (value: string) => void;
};

/** A labelled text input (or textarea) with its hint, its error, and both tied to it for screen readers. */
export function TextField({
  field,
  label,
  hint,
  value,
  error,
  type = 'text',
  autoComplete,
  spellCheck,
  warning,
  echo,
  echoSpace,
  onBlur,
}: TextFieldProps) {
  const described = describedBy(field, hint !== undefined, error);
  const shared = {
    id: field,
    name: field,
    defaultValue: value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    className: inputClass,
    ...(onBlur ? { onBlur: (event: { currentTarget: { value: string } }) => onBlur(event.currentTarget.value) } : {}),
  };
  return (
    <FieldFrame field={field} label={label} hint={hint} error={error} warning={warning}>
      {type === 'textarea' ? (
        <textarea rows={3} {...shared} />
      ) : (
        <input type={type} autoComplete={autoComplete} spellCheck={spellCheck} {...shared} />
      )}
      {onBlur ? (
        <p aria-live="polite" data-echo className="mt-1 grid text-base font-semibold text-brand-900">
          <span className="col-start-1 row-start-1">{echo}</span>
          <span aria-hidden="true" className="invisible col-start-1 row-start-1">
            {echoSpace ?? '\u00a0'}
          </span>
        </p>
      ) : null}
    </FieldFrame>
  );
}

/** A labelled list to choose one from, with its hint and error; `marked` options carry a data attribute CSS can read. */
export function SelectField({
  field,
  label,
  hint,
  value,
  error,
  none,
  options,
  marked = [],
  mark,
}: {
  field: string;
  label: string;
  hint?: ReactNode;
  value: string | undefined;
  error: string | undefined;
  /** The first choice, which sends nothing. */
  none: string;
  options: readonly (readonly [string, string])[];
  marked?: readonly string[];
  /** The data attribute set on the `marked` options, as `data-<mark>`. */
  mark?: string;
}) {
  return (
    <FieldFrame field={field} label={label} hint={hint} error={error}>
      <select
        id={field}
        name={field}
        defaultValue={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field, hint !== undefined, error)}
        className={inputClass}
      >
        <option value="">{none}</option>
        {options.map(([key, words]) => (
          <option key={key} value={key} {...(mark && marked.includes(key) ? { [`data-${mark}`]: '' } : {})}>
            {words}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A field's label, hint, warning and error, in that order above the field itself. */
function FieldFrame({
  field,
  label,
  hint,
  error,
  warning,
  children,
}: {
  field: string;
  label: string;
  hint: ReactNode | undefined;
  error: string | undefined;
  warning?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="mt-6">
      <label htmlFor={field} className="font-semibold">
        {label}
      </label>
      {hint !== undefined ? <Hint field={field}>{hint}</Hint> : null}
      {warning}
      <FieldError field={field} error={error} />
      {children}
    </div>
  );
}
