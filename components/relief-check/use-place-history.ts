'use client';

import { useEffect, useMemo, useState } from 'react';
import { placeOf } from '@/lib/consultation/intake/check-place';
import type { ReliefCheckPageState } from '@/lib/consultation/intake/relief-check-request';

/** Where this hook keeps its place in a history entry's state, beside Next.js's own. */
const ENTRY_KEY = 'reliefCheckEntry';

type PlaceHistory = {
  entries: ReliefCheckPageState[];
  shown: number;
  /** The action's state these entries were last brought up to date with. */
  latest: ReliefCheckPageState;
  /** What the browser's history must do for the entry shown: a new entry, the same one again, or nothing (Back or Forward). */
  record: 'push' | 'replace' | 'none';
};

/**
 * With JavaScript on, each place the check reaches (a step, the review, the
 * topics, the form) becomes an entry in the browser's history, as it is a
 * page of its own without JavaScript: the phone's Back shows the step
 * before, with its answers, instead of leaving the check, and Forward comes
 * back. The address does not change and holds no answer. A step shown again
 * at the same place (a question asked again) replaces its entry.
 * Returns the state to show: the action's latest unless Back or Forward chose another.
 */
export function usePlaceHistory(latest: ReliefCheckPageState): ReliefCheckPageState {
  const [history, setHistory] = useState<PlaceHistory>({ entries: [latest], shown: 0, latest, record: 'replace' });

  if (history.latest !== latest) {
    // A new answer from the action. Going on from a step reached by Back drops the steps ahead of it, as a browser does.
    const current = history.entries[history.shown];
    const samePlace = current !== undefined && placeOf(current) === placeOf(latest);
    const shown = samePlace ? history.shown : history.shown + 1;
    setHistory({
      entries: [...history.entries.slice(0, shown), latest],
      shown,
      latest,
      record: samePlace ? 'replace' : 'push',
    });
  }

  useEffect(() => {
    if (history.record === 'none') return;
    const state = { ...window.history.state, [ENTRY_KEY]: history.shown };
    if (history.record === 'push') window.history.pushState(state, '');
    else window.history.replaceState(state, '');
  }, [history]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const entry: unknown = event.state?.[ENTRY_KEY];
      if (typeof entry !== 'number') return;
      setHistory((before) => (entry < before.entries.length ? { ...before, shown: entry, record: 'none' } : before));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const entry = history.entries[history.shown] ?? latest;
  const newest = history.entries[history.entries.length - 1] ?? latest;
  // A step shown again by Back holds every answer given since, as the page does without JavaScript.
  return useMemo(
    () => (entry.view === 'step' && entry !== newest ? { ...entry, answers: newest.answers, errors: {} } : entry),
    [entry, newest],
  );
}
