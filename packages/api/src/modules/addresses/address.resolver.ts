import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../app/context';
import { AddressSuggestion, PostalCodeMatch } from './address-suggestion.type';

/** Translates GraphQL into service calls; what is searched, and for whom, lives in `AddressService`. */
@Resolver()
export class AddressResolver {
  @Query(() => [AddressSuggestion], {
    description:
      'Addresses matching what was typed: billing addresses on file (for a partner, only its clients that accepted it), then the configured geocoder’s, without duplicates. Empty under 3 characters.',
  })
  addressSuggestions(
    @Ctx() context: GraphQLContext,
    @Arg('query', () => String, { description: 'What was typed in the address line.' }) query: string,
    @Arg('country', () => String, {
      nullable: true,
      description: 'Only addresses in this country (ISO 3166-1 alpha-2).',
    })
    country: string | null,
    @Arg('first', () => Int, { defaultValue: 8, description: 'At most this many (20 at most).' })
    first: number,
  ): Promise<AddressSuggestion[]> {
    return context.services.addresses.suggest(query, country, first, context.partner?.partner.id);
  }

  @Query(() => PostalCodeMatch, {
    nullable: true,
    description:
      'The city and province of a postal code, from the addresses on file (for a partner, only its clients that accepted it) or the configured geocoder; null when unknown.',
  })
  postalCodeLookup(
    @Ctx() context: GraphQLContext,
    @Arg('postalCode', () => String, { description: 'The postal code, in any spacing or case.' })
    postalCode: string,
    @Arg('country', () => String, {
      nullable: true,
      description: 'Its country (ISO 3166-1 alpha-2); its format is checked.',
    })
    country: string | null,
  ): Promise<PostalCodeMatch | null> {
    return context.services.addresses.lookupPostalCode(postalCode, country, context.partner?.partner.id);
  }
}
