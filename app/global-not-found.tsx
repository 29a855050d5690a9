import { connection } from 'next/server';
import { NotFoundDocument, type NotFoundEdition } from '@/components/not-found/not-found-document';
import { getFirm, listAttorneys } from '@/lib/content';
import { messagesFor, type Messages } from '@/lib/i18n/messages';
import { LOCALES, type Locale } from '@/lib/routes';
import './globals.css';

export { viewport } from './(en)/layout';

/** The words the frame and the 404 page use; the rest of each language's words stay on the server. */
const NAMESPACES = [
  'site',
  'header',
  'nav',
  'search',
  'language',
  'detainedStrip',
  'sample',
  'firmFacts',
  'footer',
  'callBar',
  'notFound',
] as const satisfies readonly (keyof Messages)[];

function edition(locale: Locale): NotFoundEdition {
  const messages = messagesFor(locale);
  return {
    messages: Object.fromEntries(NAMESPACES.map((namespace) => [namespace, messages[namespace]])),
    firm: getFirm(locale),
    attorneys: listAttorneys(locale).map(({ barAdmissions, federalCourts, placeholders }) => ({
      barAdmissions,
      federalCourts,
      placeholders,
    })),
  };
}

/**
 * Any address no route serves, in either language: a real 404 page, server
 * rendered with the site's frame (experimental.globalNotFound in
 * next.config.mjs). Rendered per request so the document knows the address
 * it answers for (components/not-found/not-found-document.tsx).
 */
export default async function GlobalNotFound() {
  await connection();
  const editions = Object.fromEntries(LOCALES.map((locale) => [locale, edition(locale)])) as Record<
    Locale,
    NotFoundEdition
  >;
  return <NotFoundDocument editions={editions} />;
}
