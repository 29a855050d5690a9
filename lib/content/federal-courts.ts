import { STATES, stateName, type StateCode } from './states';

/**
 * A federal court's name for a reader of `locale`. In Spanish, a
 * description in Spanish with the court's own English name beside it, as
 * the Spanish glossary asks: "Tribunal Federal de Distrito del Distrito Sur
 * de Nueva York (U.S. District Court for the Southern District of New
 * York)". A name this does not recognise is left as it is.
 */

const DIRECTIONS: Readonly<Record<string, string>> = {
  Northern: 'Norte',
  Southern: 'Sur',
  Eastern: 'Este',
  Western: 'Oeste',
  Middle: 'Medio',
  Central: 'Central',
};
const CIRCUITS: Readonly<Record<string, string>> = {
  First: 'Primer',
  Second: 'Segundo',
  Third: 'Tercer',
  Fourth: 'Cuarto',
  Fifth: 'Quinto',
  Sixth: 'Sexto',
  Seventh: 'Séptimo',
  Eighth: 'Octavo',
  Ninth: 'Noveno',
  Tenth: 'Décimo',
  Eleventh: 'Undécimo',
};

const DISTRICT = /^United States District Court for the (?:(\w+) )?District of (.+)$/;
const APPEALS = /^United States Court of Appeals for the (\w+) Circuit$/;

function stateInSpanish(englishName: string): string | undefined {
  const code = (Object.keys(STATES) as StateCode[]).find(
    (candidate) => stateName(candidate, 'en', { bare: true }) === englishName,
  );
  return code ? stateName(code, 'es', { bare: true }) : undefined;
}

export function federalCourtName(name: string, locale: string): string {
  if (locale !== 'es') return name;
  const district = DISTRICT.exec(name);
  if (district) {
    const [, direction, place = ''] = district;
    const state = stateInSpanish(place);
    const part = direction === undefined ? '' : DIRECTIONS[direction];
    if (state && part !== undefined) {
      const where = part ? `del Distrito ${part} de ${state}` : `del Distrito de ${state}`;
      return `Tribunal Federal de Distrito ${where} (${name.replace('United States', 'U.S.')})`;
    }
  }
  const appeals = APPEALS.exec(name);
  const circuit = appeals?.[1] ? CIRCUITS[appeals[1]] : undefined;
  if (circuit)
    return `Tribunal Federal de Apelaciones del ${circuit} Circuito (${name.replace('United States', 'U.S.')})`;
  return name;
}
