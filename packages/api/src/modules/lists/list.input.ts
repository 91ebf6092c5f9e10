import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS, checkOptionalText, checkRequiredText } from '@clientele/shared';
import { Check } from '../../app/validation';

@InputType({ description: 'A new item of an admin-managed list.' })
export class CreateListItemInput {
  @Check((v: unknown) => checkRequiredText(v, LIMITS.listItemName))
  @Field(() => String, { description: 'Name, unique in its list (case and accents aside).' })
  name: string;

  @Field(() => Int, { nullable: true, description: 'Order in pick lists; last by default.' })
  position?: number | null;

  @Check((v: unknown) => checkOptionalText(v, 120))
  @Field(() => String, { nullable: true, description: 'City (branches only).' })
  city?: string | null;

  @Check((v: unknown) => checkOptionalText(v, 100))
  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key returns the item first created.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to an item of an admin-managed list.' })
export class UpdateListItemInput {
  @Field(() => ID, { description: 'The item.' })
  id: string;

  @Field(() => Int, { description: 'The version read.' })
  version: number;

  @Check((v: unknown) => (v === undefined || v === null ? null : checkRequiredText(v, LIMITS.listItemName)))
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'New position.' })
  position?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Retire (true) or bring back (false).' })
  archived?: boolean | null;

  @Check((v: unknown) => checkOptionalText(v, 120))
  @Field(() => String, { nullable: true, description: 'City (branches only).' })
  city?: string | null;
}
