import { Field, ID, InputType, Int } from 'type-graphql';
import { ActivityAction, ActorType } from '@clientele/shared';

@InputType({ description: 'Narrows the activity log.' })
export class ActivityFilter {
  @Field(() => ActorType, { nullable: true, description: 'Only this kind of actor.' })
  actorType?: ActorType | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this actor (or the real person behind an acting-as).',
  })
  actorId?: string | null;

  @Field(() => [ActivityAction], { nullable: true, description: 'Only these actions.' })
  actions?: ActivityAction[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only this kind of thing (Client, Note, ClientContact…).',
  })
  entityType?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Only the changes that produced a client version above this one: what changed since the file was read at that version (a CONFLICT’s `yourVersion`).',
  })
  afterClientVersion?: number | null;
}
