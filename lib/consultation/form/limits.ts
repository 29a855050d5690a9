/**
 * How long each typed answer may be, in a module of their own: the forms
 * show them in their hints, and the schemas enforce them, and the forms
 * load the schemas only when someone starts to fill one in.
 */

/** A few words on the kind of case: the firm asks for no more before its conflict check (ABA Model Rule 1.18). */
export const MESSAGE_MAX = 500;
export const NAME_MAX = 120;
/** Anything else about when to call. */
export const NOTE_MAX = 120;
/** A defense lawyer's one-line answers. */
export const LINE_MAX = 120;
/** Charges with their statute sections, the offer, the record: a few lines each. */
export const DETAIL_MAX = 1000;
