import type { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  FieldErrorCode,
  PartnerInvitationStatus,
  checkCountryCode,
  checkPostalCode,
  foldText,
  normalizeCountryCode,
  normalizePostalCode,
} from '@clientele/shared';
import type { Clock } from '../../app/clock';
import { badUserInput, fieldError } from '../../app/errors';
import { Client } from '../clients/client.entity';
import { AddressSource, type AddressSuggestion, type PostalCodeMatch } from './address-suggestion.type';
import { Geocoder, regionFor, type GeocodedAddress, type GeocoderOptions } from './geocoder';

/** Fewer characters than this match too much to help anyone. */
export const MIN_QUERY_LENGTH = 3;
const MAX_QUERY_LENGTH = 200;
export const MAX_SUGGESTIONS = 20;

/** `455, rue Principale` and `455 rue principale` are one address. */
const keyOf = (a: GeocodedAddress) =>
  [a.line1, a.city, a.postalCode?.replace(/\s/g, ''), a.country]
    .map((part) =>
      foldText(part ?? '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .join('|');

/**
 * LIKE treats `%` and `_` as wildcards: what a person types is matched as
 * text. `!` escapes them (a backslash means different things in SQLite and
 * MySQL string literals).
 */
const likeTerm = (token: string) => `%${token.replace(/[!%_]/g, (c) => `!${c}`)}%`;

/**
 * Keeps a partner to its own clients, and of those to the ones whose
 * administrator accepted it (the latest invitation, as the field guard reads
 * it): until then the card is all a partner may see of a client.
 */
function onlyAcceptedBy(query: SelectQueryBuilder<Client>, partnerId: string): void {
  query.andWhere('c.partner_id = :partnerId', { partnerId }).andWhere(
    `EXISTS (SELECT 1 FROM partner_invitation i WHERE i.client_id = c.id AND i.partner_id = :partnerId
       AND i.status = :accepted
       AND NOT EXISTS (SELECT 1 FROM partner_invitation later
         WHERE later.client_id = c.id AND later.created_at > i.created_at))`,
    { accepted: PartnerInvitationStatus.ACCEPTED },
  );
}

interface AddressRow {
  line1: string;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

/**
 * Address suggestions while typing (seed 000) and the city and province of a
 * postal code: first from the billing addresses on file, then from a
 * geocoder when one is configured. Nothing leaves the server otherwise.
 */
export class AddressService {
  private readonly geocoder: Geocoder | null;

  constructor(
    private readonly dataSource: DataSource,
    clock: Clock,
    geocoder?: GeocoderOptions | null,
  ) {
    this.geocoder = geocoder ? new Geocoder(geocoder, clock) : null;
  }

  /**
   * Addresses matching every word typed. A partner is offered the addresses
   * of its own clients that accepted it only (and the geocoder's): the others
   * are not its to see.
   */
  async suggest(
    query: string,
    country: string | null | undefined,
    first: number,
    partnerId?: string,
  ): Promise<AddressSuggestion[]> {
    const wanted = this.checkCountry(country);
    const text = query.trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH);
    if (text.length < MIN_QUERY_LENGTH) return [];
    const limit = Math.min(Math.max(first, 1), MAX_SUGGESTIONS);
    const [known, geocoded] = await Promise.all([
      this.knownAddresses(text, wanted, limit, partnerId),
      this.geocoder ? this.geocoder.search(text, limit) : Promise.resolve([]),
    ]);
    const seen = new Set<string>();
    const merged: AddressSuggestion[] = [];
    const candidates = [
      ...known.map((a) => ({ ...a, source: AddressSource.KNOWN })),
      ...geocoded
        .filter((a): a is GeocodedAddress & { line1: string } => a.line1 !== null)
        .filter((a) => !wanted || a.country === wanted)
        .map((a) => ({ ...a, source: AddressSource.GEOCODER })),
    ];
    for (const candidate of candidates) {
      const key = keyOf(candidate);
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(candidate);
      if (merged.length === limit) break;
    }
    return merged;
  }

  /**
   * The city and province most often written with this postal code; else the
   * geocoder's; else none. A partner reads only its accepted clients' codes:
   * an answer from the others would tell it that someone on file lives there.
   */
  async lookupPostalCode(
    postalCode: string,
    country: string | null | undefined,
    partnerId?: string,
  ): Promise<PostalCodeMatch | null> {
    const wanted = this.checkCountry(country);
    const problem = postalCode.trim()
      ? checkPostalCode(postalCode, wanted)
      : { code: FieldErrorCode.REQUIRED };
    if (problem) throw badUserInput([fieldError('postalCode', problem.code, problem.params)]);
    const code = normalizePostalCode(postalCode, wanted);
    const query = this.dataSource
      .getRepository(Client)
      .createQueryBuilder('c')
      .select('c.billing_city', 'city')
      .addSelect('c.billing_region', 'region')
      .addSelect('c.billing_country', 'country')
      .addSelect('COUNT(*)', 'uses')
      .where('c.billing_postal_code = :code', { code })
      .andWhere('c.billing_city IS NOT NULL')
      .andWhere('c.deleted_at IS NULL');
    if (wanted) query.andWhere('c.billing_country = :country', { country: wanted });
    if (partnerId) onlyAcceptedBy(query, partnerId);
    const [row] = await query
      .groupBy('c.billing_city')
      .addGroupBy('c.billing_region')
      .addGroupBy('c.billing_country')
      .orderBy('uses', 'DESC')
      .limit(1)
      .getRawMany<{ city: string; region: string | null; country: string | null }>();
    if (row) {
      return {
        postalCode: code,
        city: row.city,
        region: row.region,
        country: row.country,
        source: AddressSource.KNOWN,
      };
    }
    if (!this.geocoder) return null;
    const bare = code.replace(/\s/g, '');
    const found = (await this.geocoder.search(code, 10)).find(
      (a) => a.city && a.postalCode?.replace(/\s/g, '') === bare && (!wanted || a.country === wanted),
    );
    return found
      ? {
          postalCode: code,
          city: found.city,
          region: regionFor(found.country, found.region),
          country: found.country,
          source: AddressSource.GEOCODER,
        }
      : null;
  }

  private checkCountry(country: string | null | undefined): string | null {
    if (!country?.trim()) return null;
    const problem = checkCountryCode(country);
    if (problem) throw badUserInput([fieldError('country', problem.code, problem.params)]);
    return normalizeCountryCode(country);
  }

  /** Distinct billing addresses of live clients where each word is in the street, city or postal code. */
  private async knownAddresses(
    text: string,
    country: string | null,
    limit: number,
    partnerId?: string,
  ): Promise<AddressRow[]> {
    const query = this.dataSource
      .getRepository(Client)
      .createQueryBuilder('c')
      .select('c.billing_line1', 'line1')
      .addSelect('c.billing_city', 'city')
      .addSelect('c.billing_region', 'region')
      .addSelect('c.billing_postal_code', 'postalCode')
      .addSelect('c.billing_country', 'country')
      .addSelect('COUNT(*)', 'uses')
      .where('c.billing_line1 IS NOT NULL')
      .andWhere('c.deleted_at IS NULL');
    if (country) query.andWhere('c.billing_country = :country', { country });
    if (partnerId) onlyAcceptedBy(query, partnerId);
    text
      .toLowerCase()
      .split(' ')
      .filter(Boolean)
      .slice(0, 6)
      .forEach((token, i) => {
        query.andWhere(
          `(LOWER(c.billing_line1) LIKE :t${i} ESCAPE '!' OR LOWER(c.billing_city) LIKE :t${i} ESCAPE '!'` +
            ` OR LOWER(c.billing_postal_code) LIKE :t${i} ESCAPE '!')`,
          { [`t${i}`]: likeTerm(token) },
        );
      });
    const rows = await query
      .groupBy('c.billing_line1')
      .addGroupBy('c.billing_city')
      .addGroupBy('c.billing_region')
      .addGroupBy('c.billing_postal_code')
      .addGroupBy('c.billing_country')
      .orderBy('uses', 'DESC')
      .addOrderBy('c.billing_line1', 'ASC')
      .limit(limit)
      .getRawMany<AddressRow & { uses: unknown }>();
    return rows.map(({ line1, city, region, postalCode, country: c }) => ({
      line1,
      city,
      region,
      postalCode,
      country: c,
    }));
  }
}
