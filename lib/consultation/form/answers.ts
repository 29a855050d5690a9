import { CALL_LANGUAGES, type CallLanguageKey } from '@/lib/languages';

/**
 * The request forms' fixed answers, each with the English the firm's staff
 * read in the email; the forms show each answer in the reader's language
 * (form.options and defenseForm.options in the message files). The schemas
 * check answers against these keys; the emails read their words from here
 * without loading a schema.
 */

// The ten languages beyond English are listed by their own names (lib/languages.ts), the same on both editions.
export const LANGUAGES: Readonly<Record<'english' | CallLanguageKey | 'other', string>> = {
  english: 'English',
  ...(Object.fromEntries(
    CALL_LANGUAGES.map((language) => [language.key, `${language.ownName} (${language.englishName})`]),
  ) as Record<CallLanguageKey, string>),
  other: 'Another language',
};
export const INTERPRETER = { yes: 'Yes', no: 'No' } as const;
/** Who the request is about: the form's questions speak of "the person who needs help" either way. */
export const FOR_WHOM = { self: 'Me', family: 'A family member', other: 'Someone else' } as const;
export const CITIZENSHIP = { no: 'No', yes: 'Yes', 'not-sure': 'Not sure' } as const;
export const MATTERS = {
  'facing-charges': 'Facing criminal charges now',
  convicted: 'Already convicted, in an old or a recent case',
  'ice-detention': 'Arrested or detained by immigration (ICE)',
  'immigration-letter': 'Got a letter or notice from immigration',
  'removal-proceedings': 'In removal (deportation) proceedings',
  other: 'Something else',
} as const;
export const DETENTION = {
  no: 'No',
  yes: 'Yes, detained now',
  'not-sure': 'Not sure',
} as const;
export const BEST_TIME = {
  mornings: 'Mornings',
  afternoons: 'Afternoons',
  evenings: 'Evenings',
  any: 'Any time',
} as const;

/** The request is about someone other than the person who writes. */
export function forSomeoneElse(request: { forWhom?: unknown }): boolean {
  return request.forWhom === 'family' || request.forWhom === 'other';
}

/** The client's immigration situation, as the firm's staff read it in the email; the form shows each in the reader's language. */
export const CLIENT_STATUS = {
  'green-card': 'Green card (lawful permanent resident)',
  visa: 'A visa or another status',
  daca: 'DACA (Deferred Action for Childhood Arrivals)',
  tps: 'Temporary Protected Status (TPS)',
  'asylee-refugee': 'Asylee or refugee',
  'no-status': 'No status',
  'removal-proceedings': 'In removal proceedings',
  'not-sure': 'Not known yet',
} as const;
