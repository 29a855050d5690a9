import { STATES, type Jurisdiction } from './fields';

/** What a reader sees above an article, so a reader in Texas knows a California article is not about them. */
export function jurisdictionLabel(jurisdiction: Jurisdiction): string {
  if (jurisdiction === 'federal') return 'Federal cases';
  if (jurisdiction === 'general') return 'All states';
  return `${STATES[jurisdiction].replace(/^the /, '')} only`;
}
