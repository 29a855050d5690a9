import type { ReactNode } from 'react';

export const inputClass = 'mt-1 block w-full rounded border-2 border-slate-400 px-3 py-2 text-base';
export const labelClass = 'block text-base font-semibold text-slate-900';
export const hintClass = 'mt-1 text-sm text-slate-700';

type Common = {
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** Controlled by the editor's form; a plain form posts `name` instead. */
  value?: string;
  onChange?: (value: string) => void;
  name?: string;
};

/** A field's label above it and its hint under it. */
export function Labelled({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children}
      {hint && <p className={hintClass}>{hint}</p>}
    </div>
  );
}

/** A labelled one-line field (text or date), its hint under it. */
export function TextField({
  id,
  label,
  hint,
  required,
  value,
  onChange,
  name,
  type = 'text',
  pattern,
}: Common & { type?: 'text' | 'date'; pattern?: string }) {
  return (
    <Labelled id={id} label={label} hint={hint}>
      <input
        id={id}
        name={name}
        type={type}
        className={inputClass}
        value={value}
        onChange={onChange && ((event) => onChange(event.target.value))}
        required={required}
        pattern={pattern}
      />
    </Labelled>
  );
}

/** A labelled choice among `options`; `empty` is the choice of none (a field left out of the file). */
export function ChoiceField({
  id,
  label,
  hint,
  required,
  value,
  onChange,
  name,
  options,
  empty,
}: Common & { options: readonly { value: string; label: string }[]; empty?: string }) {
  return (
    <Labelled id={id} label={label} hint={hint}>
      <select
        id={id}
        name={name}
        className={inputClass}
        value={value}
        onChange={onChange && ((event) => onChange(event.target.value))}
        required={required}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}
