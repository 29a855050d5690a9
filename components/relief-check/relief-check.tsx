'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { Admissions } from '@/lib/content/admissions';
import { formValuesFromCheck } from '@/lib/consultation/form/check-prefill';
import { CONSULT_INTENT } from '@/lib/consultation/form/form-state';
import type { ReliefCheckPageState } from '@/lib/consultation/intake/relief-check-request';
import { ATTACHMENT_FIELD } from '@/lib/relief-check/form-fields';
import { ConsultationForm } from '../consultation/consultation-form';
import { AttachedAnswers } from './attached-answers';
import type { CheckFirm, CheckLinks } from './parts';
import { Result } from './result';
import { Review } from './review';
import { Step } from './step';
import { usePlaceHistory } from './use-place-history';

type Props = {
  action: (state: ReliefCheckPageState, form: FormData) => Promise<ReliefCheckPageState>;
  /** Where the check opens: the start, or (JavaScript off, after Back or a redirect) the place in the address. */
  initialState: ReliefCheckPageState;
  links: CheckLinks;
  firm: CheckFirm;
  /** Where the firm's lawyers may defend a criminal case: a case elsewhere is told so on the result. */
  admissions: Admissions;
};

/**
 * The relief check: one group of questions per step, then the topics. A
 * plain form from step to step (it works with JavaScript off); the
 * answers travel in hidden fields, and nothing is kept on the server.
 */
export function ReliefCheck({ action, initialState, links, firm, admissions }: Props) {
  const [latest, formAction] = useActionState(action, initialState);
  const state = usePlaceHistory(latest);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  // With JavaScript on, each new step or the result takes focus, as a new page would.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [state]);

  if (state.view === 'send') {
    return (
      <>
        {/* Outside the consultation form: it has a form of its own, to go back and change the answers. */}
        <AttachedAnswers answers={state.answers} attachment={state.attachment} backAction={formAction} />
        <ConsultationForm
          firm={firm}
          formToken={state.formToken}
          initialValues={formValuesFromCheck(state.answers)}
          admissions={admissions}
          submit={{
            state: state.consultation,
            formAction,
            carried: { [ATTACHMENT_FIELD]: JSON.stringify(state.attachment), intent: CONSULT_INTENT },
          }}
        />
      </>
    );
  }
  if (state.view === 'result') {
    return (
      <Result
        answers={state.answers}
        topics={state.topics}
        deadlines={state.deadlines}
        hearing={state.hearing}
        links={links}
        firm={firm}
        admissions={admissions}
        formAction={formAction}
        headingRef={heading}
      />
    );
  }
  if (state.view === 'review') return <Review answers={state.answers} formAction={formAction} headingRef={heading} />;
  return <Step state={state} formAction={formAction} headingRef={heading} />;
}
