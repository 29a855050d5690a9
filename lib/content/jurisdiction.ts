import type { Jurisdiction } from './fields';
import { stateName } from './states';

type JurisdictionWords = (key: 'federal' | 'general' | 'stateOnly', values?: { state: string }) => string;

/**
 * What a reader sees above an article, so a reader in Texas knows a
 * California article is not about them, with the state named in the
 * reader's language.
 */
export function jurisdictionLabel(jurisdiction: Jurisdiction, t: JurisdictionWords, locale: string): string {
  if (jurisdiction === 'federal') return t('federal');
  if (jurisdiction === 'general') return t('general');
  return t('stateOnly', { state: stateName(jurisdiction, locale, { bare: true }) });
}
