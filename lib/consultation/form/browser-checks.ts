/**
 * What the forms check in the browser before anything is sent: the same
 * schemas the server uses, and the phone number's reading. Heavy (zod and
 * the world's phone numbering plans), so a form loads it when someone
 * starts to fill it in, never with the page (components/form/use-browser-check.ts).
 */
export { callableNumber } from './contact-details';
export { parsePadilla } from './padilla-schema';
export { parseConsultation } from './schema';
