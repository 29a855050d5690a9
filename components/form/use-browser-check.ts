'use client';

import { useState, type FormEvent } from 'react';
import type { RequestFormState } from '@/lib/consultation/form/form-state';

type Parse<Values, Errors> = (form: FormData) => { ok: true } | { ok: false; errors: Errors; values: Values };
export type BrowserChecks = typeof import('@/lib/consultation/form/browser-checks');

let loading: Promise<void> | undefined;
/** Undefined until loaded; false when they could not be (the connection dropped): the server then checks alone. */
let checks: BrowserChecks | false | undefined;

/**
 * The schemas and the phone number's reading, loaded once, when a form is
 * first used (its first focus), not with the page: they are the heaviest
 * script a form page has, and an old phone pays for every byte at load.
 */
export function loadBrowserChecks(): Promise<BrowserChecks | undefined> {
  loading ??= import('@/lib/consultation/form/browser-checks').then(
    (module) => void (checks = module),
    () => void (checks = false),
  );
  return loading.then(() => checks || undefined);
}

/**
 * A request form's problems and typed answers: found in the browser by the
 * same schema the server uses, before anything is sent, or answered by the
 * server (JavaScript off, or a problem only the server can see). A browser
 * check stands until the server answers again.
 */
export function useBrowserCheck<Values, Errors extends object>(
  state: RequestFormState<Values, Errors>,
  pick: (checks: BrowserChecks) => Parse<Values, Errors>,
  none: { errors: Errors; values: Values },
) {
  const [check, setCheck] = useState<{ errors: Errors; values: Values; after: RequestFormState<Values, Errors> }>();
  const fromBrowser = check?.after === state ? check : undefined;
  const errors = fromBrowser?.errors ?? (state.status === 'invalid' ? state.errors : none.errors);
  const values =
    fromBrowser?.values ?? (state.status === 'invalid' || state.status === 'try-again' ? state.values : none.values);

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    if (checks === undefined) {
      // Sent before the checks arrived: wait for them, then send again, to be checked or, without them, by the server.
      event.preventDefault();
      const form = event.currentTarget;
      const { submitter } = event.nativeEvent as SubmitEvent;
      void loadBrowserChecks().then(() =>
        form.requestSubmit(submitter instanceof HTMLButtonElement ? submitter : undefined),
      );
      return;
    }
    if (checks === false) return;
    const result = pick(checks)(new FormData(event.currentTarget));
    if (!result.ok) {
      event.preventDefault();
      setCheck({ errors: result.errors, values: result.values, after: state });
    }
  }

  return {
    errors,
    values,
    checkedInBrowser: fromBrowser !== undefined,
    checkBeforeSending,
    // Starts the checks loading as soon as someone is in the form.
    loadChecks: () => void loadBrowserChecks(),
  };
}
