/**
 * The names the check's forms and the server agree on, in a module of their
 * own: the browser's components need them, and nothing else of the check's
 * rules; attachment.ts needs one, without depending on the flow.
 */

/** The check's place on its page, where a page without JavaScript returns to after each step. */
export const RELIEF_CHECK_ANCHOR = 'check';

/** The review's "change" buttons post the step to open under this name; a step opened from the review carries the flag below. */
export const EDIT_STEP_FIELD = 'editStep';
export const REVIEWING_FIELD = 'reviewing';

/** The hidden field that tells the server the reader's language, for dates typed their way. */
export const LANGUAGE_FIELD = 'lang';

/** The hidden field of the consultation form that carries what the person chose to send (attachment.ts). */
export const ATTACHMENT_FIELD = 'reliefCheck';

/** The checkboxes of "what will be sent": one per answer, and one for the list of topics. */
export const SEND_FIELD = 'include';
export const SEND_TOPICS = 'topics';
