import { Field, ID, InputType, Int } from 'type-graphql';
import { ClientContactDetailsInput } from '../clients/client.input';

/**
 * What a client's own administrator may keep up to date from the portal: how
 * to reach the company and where it is. Names, codes, terms, CRM and how we
 * regard them stay the operator's.
 */
@InputType({ description: "Changes a client's administrator makes to their company's contact details." })
export class UpdateMyCompanyInput extends ClientContactDetailsInput {
  @Field(() => ID, { description: 'The client (one of `portalClients`).' })
  id: string;

  @Field(() => Int, {
    description: 'The version read; a newer one on the server refuses the update with CONFLICT.',
  })
  version: number;
}
