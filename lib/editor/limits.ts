/**
 * The longest body the editor saves: under the Server Actions' request limit
 * (next.config.mjs, 64 kB) with room for the fields; the longest article today
 * is 14 kB. Its own module, so the browser's form can read it without the
 * server's code.
 */
export const MAX_BODY_CHARACTERS = 50_000;
