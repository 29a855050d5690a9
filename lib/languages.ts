/**
 * The languages the site speaks to beyond its own two: New York City's ten
 * Local Law 30 languages (Spanish first, the site's second edition), each
 * with the code its text is marked with (`lang`, BCP 47), the name its
 * speakers read it by, its English name (what the firm's staff read in a
 * request's email) and its writing direction. A plain list with no zod:
 * the consultation form runs in the browser and lists them. Their names in
 * each edition's language are under `languageNames` in the message files;
 * their paragraphs are in content/help-in-your-language.yaml.
 */
export const CALL_LANGUAGES = [
  { key: 'spanish', englishName: 'Spanish', code: 'es', ownName: 'Español', dir: 'ltr' },
  { key: 'chinese', englishName: 'Chinese', code: 'zh-Hans', ownName: '中文', dir: 'ltr' },
  { key: 'russian', englishName: 'Russian', code: 'ru', ownName: 'Русский', dir: 'ltr' },
  { key: 'bengali', englishName: 'Bengali', code: 'bn', ownName: 'বাংলা', dir: 'ltr' },
  { key: 'haitian-creole', englishName: 'Haitian Creole', code: 'ht', ownName: 'Kreyòl ayisyen', dir: 'ltr' },
  { key: 'korean', englishName: 'Korean', code: 'ko', ownName: '한국어', dir: 'ltr' },
  { key: 'arabic', englishName: 'Arabic', code: 'ar', ownName: 'العربية', dir: 'rtl' },
  { key: 'urdu', englishName: 'Urdu', code: 'ur', ownName: 'اردو', dir: 'rtl' },
  { key: 'french', englishName: 'French', code: 'fr', ownName: 'Français', dir: 'ltr' },
  { key: 'polish', englishName: 'Polish', code: 'pl', ownName: 'Polski', dir: 'ltr' },
] as const;

export type CallLanguage = (typeof CALL_LANGUAGES)[number];
export type CallLanguageCode = CallLanguage['code'];
export type CallLanguageKey = CallLanguage['key'];

export const CALL_LANGUAGE_CODES = CALL_LANGUAGES.map((language) => language.code) as [
  CallLanguageCode,
  ...CallLanguageCode[],
];

/** The language a form answer names, when it is one of the ten. */
export function callLanguageByKey(key: string): CallLanguage | undefined {
  return CALL_LANGUAGES.find((language) => language.key === key);
}

export function callLanguageByCode(code: string): CallLanguage | undefined {
  return CALL_LANGUAGES.find((language) => language.code === code);
}
