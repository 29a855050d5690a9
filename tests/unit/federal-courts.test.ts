import { describe, expect, it } from 'vitest';
import { federalCourtName } from '@/lib/content/federal-courts';

describe('federal court names in Spanish', () => {
  it('describes the court in Spanish with its English name beside it', () => {
    expect(federalCourtName('United States District Court for the Southern District of New York', 'es')).toBe(
      'Tribunal Federal de Distrito del Distrito Sur de Nueva York (U.S. District Court for the Southern District of New York)',
    );
    expect(federalCourtName('United States District Court for the District of New Jersey', 'es')).toBe(
      'Tribunal Federal de Distrito del Distrito de Nueva Jersey (U.S. District Court for the District of New Jersey)',
    );
    expect(federalCourtName('United States District Court for the Middle District of Florida', 'es')).toBe(
      'Tribunal Federal de Distrito del Distrito Medio de Florida (U.S. District Court for the Middle District of Florida)',
    );
    expect(federalCourtName('United States District Court for the Central District of California', 'es')).toBe(
      'Tribunal Federal de Distrito del Distrito Central de California (U.S. District Court for the Central District of California)',
    );
    expect(federalCourtName('United States Court of Appeals for the Second Circuit', 'es')).toBe(
      'Tribunal Federal de Apelaciones del Segundo Circuito (U.S. Court of Appeals for the Second Circuit)',
    );
  });

  it('leaves English alone, and a name it does not know as it is', () => {
    const name = 'United States District Court for the Southern District of New York';
    expect(federalCourtName(name, 'en')).toBe(name);
    expect(federalCourtName('United States Court of International Trade', 'es')).toBe(
      'United States Court of International Trade',
    );
  });
});
