/**
 * What this site keeps on a reader's device, so the quick exit can take
 * all of it away: the gather sheet's lines in the browser's storage, and
 * (through /api/forget) the cookies that hold what was typed.
 */

/** The "What to gather" sheet as filled in on this device (components/mdx/fill-in-sheet.tsx). */
export const GATHER_SHEET_KEY = 'gather-sheet';

const KEPT_IN_STORAGE: readonly string[] = [GATHER_SHEET_KEY];

export function forgetThisDevice(): void {
  for (const key of KEPT_IN_STORAGE) {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Storage turned off (a private window in some browsers): then nothing was kept in it.
    }
  }
  // A beacon outlives the page it leaves from, so the cookies are gone even as the browser moves on.
  navigator.sendBeacon?.('/api/forget');
}
