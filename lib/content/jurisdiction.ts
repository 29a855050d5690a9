import { STATES, type Jurisdiction } from './fields';

type JurisdictionWords = (key: 'federal' | 'general' | 'stateOnly', values?: { state: string }) => string;

/**
 * What a reader sees above an article, so a reader in Texas knows a
 * California article is not about them. State names stay as they are in
 * both languages (as on court papers).
 */
export function jurisdictionLabel(jurisdiction: Jurisdiction, t: JurisdictionWords): string {
  if (jurisdiction === 'federal') return t('federal');
  if (jurisdiction === 'general') return t('general');
  return t('stateOnly', { state: STATES[jurisdiction].replace(/^the /, '') });
}
