import { describe, expect, it } from 'vitest';
import { licenceGap } from '@/lib/content/licence';
import { loadContent } from '@/lib/content/load';
import { stateName } from '@/lib/content/states';
import { VALID_SITE } from './support/fixture-site';

const { attorneys } = loadContent(VALID_SITE);

describe('where the firm may not handle the law an article explains', () => {
  it('names a state where no attorney of the firm is admitted, and not one where one is', () => {
    // The fixture's attorney is admitted in New York only.
    expect(attorneys.flatMap((attorney) => attorney.barAdmissions)).toEqual(['NY']);
    expect(licenceGap('CA', attorneys)).toEqual({ kind: 'state', state: 'CA' });
    expect(licenceGap('NY', attorneys)).toBeUndefined();
    expect(licenceGap('general', attorneys)).toBeUndefined();
    expect(licenceGap(undefined, attorneys)).toBeUndefined();
  });

  it('asks for a federal court admission on a federal article', () => {
    const withoutCourts = attorneys.map((attorney) => ({ ...attorney, federalCourts: [] }));
    expect(licenceGap('federal', withoutCourts)).toEqual({ kind: 'federal' });
    const withCourt = attorneys.map((attorney) => ({
      ...attorney,
      federalCourts: ['United States Court of Appeals for the Second Circuit'],
    }));
    expect(licenceGap('federal', withCourt)).toBeUndefined();
  });

  it('names states in the reader’s language', () => {
    expect(stateName('NY', 'en')).toBe('New York');
    expect(stateName('NY', 'es')).toBe('Nueva York');
    expect(stateName('DC', 'es', { bare: true })).toBe('Distrito de Columbia');
  });
});
