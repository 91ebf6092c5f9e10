import { Field, ID, InputType, Int } from 'type-graphql';
import { AccountTier, ClientSource, HealthStatus, checkIsoDate } from '@clientele/shared';
import { Check } from '../../app/validation';
import { LocalDate } from '../../app/local-date';

@InputType({ description: 'Changes to the CRM tab; omitted fields stay as they are, null clears.' })
export class UpdateClientCrmInput {
  @Field(() => ID, { description: 'The client.' })
  clientId: string;

  @Field(() => Int, {
    description: 'The version of the client file read; a newer one refuses with CONFLICT.',
  })
  version: number;

  @Field(() => HealthStatus, { nullable: true, description: 'How the relationship is going.' })
  health?: HealthStatus | null;

  @Field(() => AccountTier, { nullable: true, description: 'The level of service the client buys.' })
  tier?: AccountTier | null;

  @Check(checkIsoDate)
  @Field(() => LocalDate, { nullable: true, description: 'Renewal date; null clears it.' })
  renewsOn?: string | null;

  @Check(checkIsoDate)
  @Field(() => String, {
    nullable: true,
    description: 'Renewal date, YYYY-MM-DD.',
    deprecationReason: 'Use `renewsOn`, a LocalDate.',
  })
  renewalDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'Industry (from the industries list).' })
  industryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff member who owns the account.' })
  accountOwnerId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Salespeople (staff members). Replaces the list.' })
  salespersonIds?: string[] | null;

  @Field(() => ClientSource, { nullable: true, description: 'Where the client came from.' })
  source?: ClientSource | null;
}
