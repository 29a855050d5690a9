import type { SiteContent } from '@/lib/content';
import type { RuleReviewStatus } from '@/lib/content-check/relief-check-review';
import { staleTranslation } from '@/lib/content-check/translation-rules';
import { legalTexts, reviewGap } from '@/lib/content-check/legal-reviews';
import { isPublished } from '@/lib/content/publication';
import { RULE_REVIEWS_FILE } from '@/lib/content-check/rule-reviews';
import { isChecked } from '@/lib/content/language-help';
import { LANGUAGE_HELP_FILE } from '@/lib/content/load';
import { CALL_LANGUAGES } from '@/lib/languages';

/**
 * What must be true before the site goes live, checked from the content and
 * the server's environment: no sample firm facts, every text that states the
 * law reviewed by an attorney, every rule of the relief check reviewed too,
 * each paragraph in another language checked by a native speaker, a public
 * address, and mail that reaches the firm.
 */
export type LaunchItem = {
  title: string;
  ok: boolean;
  /** What is still open, one line each. */
  open: string[];
  /** What to do about it. */
  fix: string;
};

type EnvSource = Readonly<Record<string, string | undefined>>;

/** `translations`: the other languages' content, whose articles need a review of their own. */
export function launchChecklist(
  content: SiteContent,
  env: EnvSource,
  today: string,
  translations: readonly SiteContent[] = [],
  ruleReviews: readonly RuleReviewStatus[] = [],
): LaunchItem[] {
  return [
    confirmedFacts(content),
    professionalName(content),
    websiteCopies(content),
    reviewedLegalTexts([content, ...translations], today),
    currentTranslations(content, translations, today),
    reviewedRules(ruleReviews),
    checkedLanguageHelp(content),
    publicAddress(env),
    item(
      'Consultation requests are emailed to the firm (SMTP_URL)',
      blank(env.SMTP_URL) ? ['SMTP_URL is not set: requests would only be saved as files on the server'] : [],
      "Set SMTP_URL to the firm's mail server, e.g. smtps://user:password@mail.example.com:465",
    ),
    item(
      'The firm inbox and the sender address are set (CONSULT_TO, CONSULT_FROM)',
      ['CONSULT_TO', 'CONSULT_FROM'].filter((name) => blank(env[name])).map((name) => `${name} is not set`),
      'Set CONSULT_TO to the inbox that reads requests and CONSULT_FROM to an address the mail server may send from',
    ),
    item(
      'Forms stay valid across restarts (FORM_SECRET)',
      blank(env.FORM_SECRET) ? ['FORM_SECRET is not set: a form served before a restart would be refused once'] : [],
      'Set FORM_SECRET to a random value of 32 or more characters, the same on every server process',
    ),
    item(
      'The content editor is closed to the public (CONTENT_EDITOR)',
      env.CONTENT_EDITOR?.trim()
        ? [`CONTENT_EDITOR is "${env.CONTENT_EDITOR.trim()}": anyone who reaches the site could change its files`]
        : [],
      'Unset CONTENT_EDITOR on the public server; to edit there, set up GitHub sign-in instead (docs/editor.md)',
    ),
  ];
}

function confirmedFacts(content: SiteContent): LaunchItem {
  const open: string[] = [];
  if (content.firm.placeholders.length > 0) {
    open.push(`content/firm.yaml: ${stillSamples(content.firm.placeholders)}`);
  }
  for (const attorney of content.attorneys.filter((candidate) => candidate.placeholders.length > 0)) {
    open.push(`${attorney.file}: ${stillSamples(attorney.placeholders)}`);
  }
  return item(
    'Every firm and attorney fact is confirmed',
    open,
    'Replace each sample with the real value, then remove its name from `placeholders`',
  );
}

/** A name ending in a plain LLC, not a professional one. */
const PLAIN_LLC = /(^|[\s,])(L\.?L\.?C\.?|Limited Liability Company)$/i;
const PROFESSIONAL = /(P\.?L\.?L\.?C\.?|Professional Limited Liability Company)$/i;

/** N.Y. LLC Law § 1203: lawyers who practise in New York as a limited liability company form a professional service one. */
function professionalName(content: SiteContent): LaunchItem {
  const { legalName, address } = content.firm;
  const plain = address.region === 'NY' && PLAIN_LLC.test(legalName.trim()) && !PROFESSIONAL.test(legalName.trim());
  return item(
    'The legal name is the one the firm filed, as a New York professional entity',
    plain ? [`content/firm.yaml: legalName "${legalName}" ends in LLC, not PLLC`] : [],
    'A New York law firm formed as a limited liability company is a professional service limited liability company (N.Y. LLC Law § 1203): write legalName exactly as on its articles of organization, normally ending in PLLC',
  );
}

function websiteCopies(content: SiteContent): LaunchItem {
  return item(
    'The firm keeps copies of this website (N.Y. Rules of Professional Conduct, Rule 7.1(k))',
    content.firm.websiteCopies ? [] : ['content/firm.yaml: websiteCopies is not set'],
    'Ask the attorney responsible for advertising how often copies must be kept and for how long, set up the copies, then describe them in websiteCopies (for example "A full copy each month and after each redesign, kept in the firm’s document system")',
  );
}

function reviewedLegalTexts(languages: readonly SiteContent[], today: string): LaunchItem {
  const open = languages
    .flatMap((content) => legalTexts(content, today))
    .flatMap((text) => {
      const gap = reviewGap(text);
      return gap ? [`${text.where}: ${gap}`] : [];
    });
  return item(
    'Every page that states the law is reviewed by an attorney',
    open,
    'An attorney reads each one (articles, legal pages, practice areas, FAQ answers, glossary entries); then add "reviewedBy: <attorney>" and "reviewed: <date>" to it',
  );
}

function currentTranslations(content: SiteContent, translations: readonly SiteContent[], today: string): LaunchItem {
  const english = new Map(content.articles.map((article) => [article.slug, article]));
  const open = translations.flatMap((language) =>
    language.articles
      .filter((article) => isPublished(article, today))
      .flatMap((translation) => {
        const source = translation.translationOf ? english.get(translation.translationOf) : undefined;
        const stale = source ? staleTranslation(translation, source) : undefined;
        return stale ? [stale] : [];
      }),
  );
  return item(
    'Every translation follows the current English article',
    open,
    'Bring each translation up to date with its English article, set translatedFrom to the English date, and have it reviewed',
  );
}

function reviewedRules(statuses: readonly RuleReviewStatus[]): LaunchItem {
  const open = statuses.flatMap((entry) => {
    if (entry.status === 'not-reviewed') return [`relief check rule ${entry.rule}: not reviewed by an attorney`];
    if (entry.status === 'changed')
      return [`relief check rule ${entry.rule}: changed after its review on ${entry.reviewed}`];
    return [];
  });
  return item(
    'Every rule of the relief check is reviewed by an attorney',
    open,
    `An attorney reads \`npm run relief-check:cases\`; then add each rule's review to ${RULE_REVIEWS_FILE}`,
  );
}

function checkedLanguageHelp(content: SiteContent): LaunchItem {
  const open = CALL_LANGUAGES.filter((language) => !isChecked(content.languageHelp[language.code])).map(
    (language) =>
      `${LANGUAGE_HELP_FILE}: ${language.code} (${language.englishName}): not yet checked by a native speaker`,
  );
  return item(
    'Every paragraph of "Help in your language" is checked by a native speaker',
    open,
    `A native speaker of each language reads its paragraph on the page and fixes what is wrong; then add "reviewedBy: <their name>" and "reviewed: <date>" to it in ${LANGUAGE_HELP_FILE}`,
  );
}

function publicAddress(env: EnvSource): LaunchItem {
  const raw = env.SITE_URL?.trim() ?? '';
  let open: string[] = [];
  if (raw === '') {
    open = ['SITE_URL is not set: links would point to http://localhost:3000'];
  } else {
    const url = URL.canParse(raw) ? new URL(raw) : undefined;
    if (!url) open = [`SITE_URL "${raw}" is not a full address`];
    else if (isLocal(url.hostname)) open = [`SITE_URL "${raw}" is a local or example address`];
    else if (url.protocol !== 'https:') open = [`SITE_URL "${raw}" does not use https`];
  }
  return item(
    'SITE_URL is the public https address',
    open,
    'Set SITE_URL to the address readers type, starting with https://',
  );
}

function isLocal(hostname: string): boolean {
  return (
    ['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0'].includes(hostname) ||
    hostname.endsWith('.localhost') ||
    hostname.endsWith('.local') ||
    /(^|\.)example(\.(com|org|net))?$/.test(hostname)
  );
}

function stillSamples(facts: readonly string[]): string {
  return `${facts.join(', ')} ${facts.length === 1 ? 'is still a sample' : 'are still samples'}`;
}

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

function item(title: string, open: string[], fix: string): LaunchItem {
  return { title, ok: open.length === 0, open, fix };
}

/** The checklist as `npm run launch-check` prints it. */
export function formatChecklist(firmName: string, items: readonly LaunchItem[]): string {
  const lines = [`Launch checklist for ${firmName}`, ''];
  for (const entry of items) {
    lines.push(`${entry.ok ? '[x]' : '[ ]'} ${entry.title}`);
    for (const open of entry.open) lines.push(`      ${open}`);
    if (!entry.ok) lines.push(`      What to do: ${entry.fix}`);
  }
  const openCount = items.filter((entry) => !entry.ok).length;
  lines.push(
    '',
    openCount === 0
      ? 'Ready to go live: every item is done.'
      : `Not ready to go live: ${openCount} of ${items.length} items are still open.`,
  );
  return lines.join('\n');
}
