import { foldText, hasRegionCodes, isCountryCode, normalizePostalCode } from '@clientele/shared';
import type { Clock } from '../../app/clock';
import { logger } from '../../app/logger';

/** An address as a geocoder describes it, before it is merged with the ones on file. */
export interface GeocodedAddress {
  line1: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

export interface GeocoderOptions {
  /** The search endpoint: Photon's `/api` or Addok's `/search/`. */
  url: string;
  /** How long a person typing may wait for it; past that, the addresses on file answer alone. */
  timeoutMs: number;
  /** After a failure, the geocoder is left alone this long, so each keystroke does not wait for a timeout. */
  backoffMs?: number;
}

/**
 * Canadian provinces by their English and French names (folded): Photon
 * gives `state: "Québec"`, the client file stores `QC`.
 */
const CANADIAN_PROVINCE_NAMES: Record<string, string> = Object.fromEntries(
  (
    [
      ['AB', 'Alberta'],
      ['BC', 'British Columbia', 'Colombie-Britannique'],
      ['MB', 'Manitoba'],
      ['NB', 'New Brunswick', 'Nouveau-Brunswick'],
      ['NL', 'Newfoundland and Labrador', 'Terre-Neuve-et-Labrador'],
      ['NS', 'Nova Scotia', 'Nouvelle-Écosse'],
      ['NT', 'Northwest Territories', 'Territoires du Nord-Ouest'],
      ['NU', 'Nunavut'],
      ['ON', 'Ontario'],
      ['PE', 'Prince Edward Island', 'Île-du-Prince-Édouard'],
      ['QC', 'Quebec', 'Québec'],
      ['SK', 'Saskatchewan'],
      ['YT', 'Yukon'],
    ] as const
  ).flatMap(([code, ...names]) => names.map((name) => [foldText(name), code] as const)),
);

/**
 * A region as the client file stores it: in countries whose regions are
 * codes, the code, or nothing when the name is not one we can map (a wrong
 * code would be refused on save; an empty one is simply left to the person).
 */
export function regionFor(country: string | null, region: string | null | undefined): string | null {
  const value = region?.trim();
  if (!value) return null;
  if (!hasRegionCodes(country)) return value;
  if (/^[A-Za-z]{2}$/.test(value)) return value.toUpperCase();
  return country === 'CA' ? (CANADIAN_PROVINCE_NAMES[foldText(value)] ?? null) : null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim().replace(/\s+/g, ' ') : null;

/**
 * Reads one GeoJSON feature from Photon (`housenumber street city state
 * postcode countrycode`) or Addok (`housenumber street city postcode
 * context`, the French national base: the country is France, the region the
 * last part of the context "75, Paris, Île-de-France").
 */
export function readFeature(properties: Record<string, unknown>): GeocodedAddress {
  const addok = typeof properties.context === 'string' && properties.countrycode === undefined;
  const countryCode = text(properties.countrycode)?.toUpperCase() ?? (addok ? 'FR' : null);
  const country = countryCode && isCountryCode(countryCode) ? countryCode : null;
  const street = text(properties.street) ?? (properties.type === 'street' ? text(properties.name) : null);
  const number = text(properties.housenumber);
  const line1 = street ? (number ? `${number} ${street}` : street) : null;
  const region = addok ? (text(properties.context)?.split(',').pop() ?? null) : text(properties.state);
  const postcode = text(properties.postcode);
  return {
    line1,
    city: text(properties.city) ?? (properties.type === 'city' ? text(properties.name) : null),
    region: regionFor(country, region),
    postalCode: postcode ? normalizePostalCode(postcode, country) : null,
    country,
  };
}

/**
 * A Photon- or Addok-compatible geocoder, asked over HTTP with a short
 * timeout. It is a convenience: when it is slow, down or answers nonsense,
 * the caller gets no geocoded addresses and a line in the log, never an error.
 */
export class Geocoder {
  private resumeAt = 0;

  constructor(
    private readonly options: GeocoderOptions,
    /** Times the back-off; a test moves it past the back-off instead of waiting 30 s. */
    private readonly clock: Clock,
  ) {}

  async search(query: string, limit: number): Promise<GeocodedAddress[]> {
    if (this.clock.now().getTime() < this.resumeAt) return [];
    const url = new URL(this.options.url);
    url.searchParams.set('q', query);
    url.searchParams.set('limit', String(limit));
    try {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(this.options.timeoutMs),
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as { features?: unknown };
      if (!Array.isArray(body.features)) throw new Error('not a GeoJSON FeatureCollection');
      return body.features
        .map((feature) => (feature as { properties?: unknown })?.properties)
        .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null)
        .map(readFeature);
    } catch (error) {
      this.resumeAt = this.clock.now().getTime() + (this.options.backoffMs ?? 30_000);
      logger.warn(
        { err: error, geocoder: url.origin },
        'address geocoder unavailable: suggesting addresses on file only',
      );
      return [];
    }
  }
}
