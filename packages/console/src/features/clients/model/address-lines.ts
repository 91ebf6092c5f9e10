export interface AddressParts {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

/** Countries that write the postal code before the city (`75001 Paris`, `1000 Bruxelles`). */
const CODE_BEFORE_CITY = new Set(['FR', 'BE', 'CH', 'DE', 'IT', 'ES', 'LU', 'NL', 'AT']);

/**
 * An address as it is written on an envelope in its country, without the
 * country line (the caller names the country in the reader's language).
 * North America: `Montréal QC  H2X 1Y4`; much of Europe: `75001 Paris`.
 */
export function addressLines(address: AddressParts): string[] {
  const country = address.country?.toUpperCase() ?? '';
  const city = address.city?.trim() ?? '';
  const region = address.region?.trim() ?? '';
  const postalCode = address.postalCode?.trim() ?? '';
  const locality = CODE_BEFORE_CITY.has(country)
    ? [[postalCode, city].filter(Boolean).join(' '), region].filter(Boolean).join(', ')
    : [[city, region].filter(Boolean).join(' '), postalCode].filter(Boolean).join('  ');
  return [address.line1?.trim(), address.line2?.trim(), locality].filter((line): line is string => !!line);
}

export const isEmptyAddress = (address: AddressParts): boolean =>
  ![address.line1, address.line2, address.city, address.region, address.postalCode, address.country].some(
    (part) => part && part.trim(),
  );
