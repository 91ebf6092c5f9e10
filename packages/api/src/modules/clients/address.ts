import { Column } from 'typeorm';
import { Field, InputType, ObjectType } from 'type-graphql';
import {
  ADDRESS_LINE_MAX,
  CITY_MAX,
  checkCountryCode,
  checkOptionalText,
  checkPostalCode,
  checkRegion,
  hasRegionCodes,
  isCountryCode,
  normalizeCountryCode,
  normalizePostalCode,
  type AddressFields,
} from '@clientele/shared';
import { Check } from '../../app/validation';

/** A postal address, embedded in the client row (`billing_city`, …). */
@ObjectType({ description: 'A postal address.' })
export class Address {
  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Street and number.' })
  line1: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Suite, floor, building.' })
  line2: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  @Field(() => String, { nullable: true, description: 'City.' })
  city: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Province, state or region; in Canada the two-letter code (QC).',
  })
  region: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Postal code, in its country's format (H2X 1Y4, 75001).",
  })
  postalCode: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code (CA, FR).' })
  country: string | null;
}

const countryOf = (address: AddressInput) =>
  address.country && isCountryCode(address.country) ? address.country : null;

@InputType({ description: 'A postal address; every part is optional.' })
export class AddressInput implements Partial<Address> {
  @Check((v: unknown) => checkOptionalText(v, ADDRESS_LINE_MAX))
  @Field(() => String, { nullable: true, description: 'Street and number.' })
  line1?: string | null;

  @Check((v: unknown) => checkOptionalText(v, ADDRESS_LINE_MAX))
  @Field(() => String, { nullable: true, description: 'Suite, floor, building.' })
  line2?: string | null;

  @Check((v: unknown) => checkOptionalText(v, CITY_MAX))
  @Field(() => String, { nullable: true, description: 'City.' })
  city?: string | null;

  @Check<AddressInput>((v: unknown, address: AddressInput) => checkRegion(v, countryOf(address)))
  @Field(() => String, {
    nullable: true,
    description: 'Province, state or region; in Canada the two-letter code (QC).',
  })
  region?: string | null;

  @Check<AddressInput>((v: unknown, address: AddressInput) => checkPostalCode(v, countryOf(address)))
  @Field(() => String, { nullable: true, description: "Postal code, in its country's format." })
  postalCode?: string | null;

  @Check(checkCountryCode)
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code (CA, FR).' })
  country?: string | null;
}

/** Trims every part, drops empty ones, and writes codes in their canonical form. */
export function normalizeAddress(input: AddressFields | null | undefined): Address {
  const clean = (value: string | null | undefined) => value?.trim().replace(/\s+/g, ' ') || null;
  const country = clean(input?.country) ? normalizeCountryCode(clean(input?.country) as string) : null;
  const region = clean(input?.region);
  const postalCode = clean(input?.postalCode);
  return {
    line1: clean(input?.line1),
    line2: clean(input?.line2),
    city: clean(input?.city),
    region: region && hasRegionCodes(country) ? region.toUpperCase() : region,
    postalCode: postalCode ? normalizePostalCode(postalCode, country) : null,
    country,
  };
}
