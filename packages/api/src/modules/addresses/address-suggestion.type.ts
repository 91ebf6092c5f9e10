import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Where a suggested address came from. */
export enum AddressSource {
  /** A billing address already on file. */
  KNOWN = 'KNOWN',
  /** The configured geocoder (`ADDRESS_SUGGEST_URL`). */
  GEOCODER = 'GEOCODER',
}

registerEnumType(AddressSource, {
  name: 'AddressSource',
  description: 'Where a suggested address came from.',
  valuesConfig: {
    KNOWN: { description: 'A billing address already on file.' },
    GEOCODER: { description: 'The geocoder the operator configured.' },
  },
});

/** One address offered while someone types (seed 000: "suggested addresses appear"). */
@ObjectType({ description: 'An address offered while typing, to fill the address fields in one pick.' })
export class AddressSuggestion {
  @Field(() => String, { description: 'Street and number.' })
  line1: string;

  @Field(() => String, { nullable: true, description: 'City.' })
  city: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Province, state or region; in Canada and the United States the ISO code (QC).',
  })
  region: string | null;

  @Field(() => String, { nullable: true, description: "Postal code, in its country's format." })
  postalCode: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  country: string | null;

  @Field(() => AddressSource, { description: 'Where it came from.' })
  source: AddressSource;
}

/** What a postal code says about where it is. */
@ObjectType({ description: 'The city and province a postal code belongs to.' })
export class PostalCodeMatch {
  @Field(() => String, { description: 'The postal code, in its canonical form.' })
  postalCode: string;

  @Field(() => String, { nullable: true, description: 'City.' })
  city: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Province, state or region; in Canada and the United States the ISO code (QC).',
  })
  region: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  country: string | null;

  @Field(() => AddressSource, { description: 'Where the answer came from.' })
  source: AddressSource;
}
