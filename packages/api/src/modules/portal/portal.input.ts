import { Field, ID, InputType, Int } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { checkEmail, checkUrl } from '@clientele/shared';
import { Check } from '../../app/validation';
import { AddressInput } from '../clients/address';

/**
 * What a client's own administrator may keep up to date from the portal: how
 * to reach the company and where it is. Names, codes, terms, CRM and how we
 * regard them stay the operator's.
 */
@InputType({ description: "Changes a client's administrator makes to their company's contact details." })
export class UpdateMyCompanyInput {
  @Field(() => ID, { description: 'The client (one of `portalClients`).' })
  id: string;

  @Field(() => Int, {
    description: 'The version read; a newer one on the server refuses the update with CONFLICT.',
  })
  version: number;

  @Check(checkUrl)
  @Field(() => String, { nullable: true, description: 'Website; `https://` is added when missing.' })
  website?: string | null;

  @Check(checkEmail)
  @Field(() => String, { nullable: true, description: 'Main email address.' })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Main phone, international (+1 514…) or national in the billing country's format.",
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile phone, as for `phone`.' })
  mobile?: string | null;

  @ValidateNested()
  @Field(() => AddressInput, { nullable: true, description: 'Billing address; replaces the whole address.' })
  billingAddress?: AddressInput | null;

  @ValidateNested()
  @Field(() => AddressInput, { nullable: true, description: 'Shipping address; replaces the whole address.' })
  shippingAddress?: AddressInput | null;
}
