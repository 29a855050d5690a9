'use client';

import { useState, type FormEvent } from 'react';
import type { RequestFormState } from '@/lib/consultation/form/form-state';

type Parse<Values, Errors> = (form: FormData) => { ok: true } | { ok: false; errors: Errors; values: Values };

/**
 * A request form's problems and typed answers: found in the browser by the
 * same schema the server uses, before anything is sent, or answered by the
 * server (JavaScript off, or a problem only the server can see). A browser
 * check stands until the server answers again.
 */
export function useBrowserCheck<Values, Errors extends object>(
  state: RequestFormState<Values, Errors>,
  parse: Parse<Values, Errors>,
  none: { errors: Errors; values: Values },
) {
  const [check, setCheck] = useState<{ errors: Errors; values: Values; after: RequestFormState<Values, Errors> }>();
  const fromBrowser = check?.after === state ? check : undefined;
  const errors = fromBrowser?.errors ?? (state.status === 'invalid' ? state.errors : none.errors);
  const values =
    fromBrowser?.values ?? (state.status === 'invalid' || state.status === 'try-again' ? state.values : none.values);

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const result = parse(new FormData(event.currentTarget));
    if (!result.ok) {
      event.preventDefault();
      setCheck({ errors: result.errors, values: result.values, after: state });
    }
  }

  return { errors, values, checkedInBrowser: fromBrowser !== undefined, checkBeforeSending };
}
