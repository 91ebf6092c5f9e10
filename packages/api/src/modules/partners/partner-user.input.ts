import { Field, ID, InputType, Int } from 'type-graphql';
import type { PartnerUser } from './partner.entity';

@InputType({ description: 'A partner user to act on, with the version read.' })
export class PartnerUserRefInput implements Pick<PartnerUser, 'id' | 'version'> {
  @Field(() => ID, { description: 'The partner user.' })
  id: string;

  @Field(() => Int, { description: 'The version read; a newer one answers CONFLICT and changes nothing.' })
  version: number;
}
