import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ActivityAction, ActorType } from '@clientele/shared';
import { EnumColumn, IdColumn, InstantColumn } from '../../app/columns';

registerEnumType(ActorType, {
  name: 'ActorType',
  description: 'What kind of actor did something.',
  valuesConfig: {
    STAFF: { description: "A member of the operator's staff." },
    PARTNER: { description: 'A user of a partner.' },
    CONTACT: { description: 'A client contact with access.' },
    API_TOKEN: { description: 'A program, with an API token.' },
    SYSTEM: { description: 'The platform itself (jobs, seeds).' },
  },
});
registerEnumType(ActivityAction, {
  name: 'ActivityAction',
  description: 'What happened.',
  valuesConfig: {
    CREATED: { description: 'Created.' },
    UPDATED: { description: 'Changed.' },
    DELETED: { description: 'Deleted (restorable).' },
    RESTORED: { description: 'Restored after a deletion.' },
    PURGED: { description: 'Deleted for good after the retention period.' },
    LINKED: { description: 'A contact was linked.' },
    UNLINKED: { description: 'A contact was unlinked.' },
    PRIMARY_SET: { description: 'A contact became the primary contact.' },
    PINNED: { description: 'A note was pinned.' },
    UNPINNED: { description: 'A note was unpinned.' },
    ACCESS_GRANTED: { description: 'A contact was given access to the file.' },
    ACCESS_CHANGED: { description: "A contact's access changed (role, IP list, branch, status)." },
    SIGN_IN_REFUSED: { description: 'A sign-in was refused: outside the IP allow-list, or no live access.' },
    ACTING_AS_STARTED: { description: 'An administrator began acting as a client contact.' },
    ACTING_AS_STOPPED: { description: 'The administrator came back from acting as the contact.' },
    ACTING_AS_ENDED: {
      description:
        "Acting as the contact ended without the administrator coming back: its hour ran out, or the access or the administrator's account ended.",
    },
    PARTNER_INVITED: {
      description: 'A partner asked to manage the client; its administrator is invited to accept.',
    },
    PARTNER_INVITATION_ANSWERED: {
      description: "The client's administrator accepted or declined a partner.",
    },
    EMAIL_QUEUED: { description: 'An email was queued for delivery.' },
    EMAIL_SUPPRESSED: { description: "An email was not sent: the client's notifications are off." },
  },
});

@ObjectType({ description: 'One field as it was and as it became.' })
export class FieldChange {
  @Field(() => String, { description: 'Path of the field (`billingAddress.city`, `terms.creditLimit`).' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as text; null when empty.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as text; null when empty.' })
  after: string | null;
}

/**
 * One entry of the append-only activity log, written in the same transaction
 * as the change it records.
 */
@Entity('activity')
@Index('IDX_activity_client', ['clientId', 'at'])
@Index('IDX_activity_actor', ['actorType', 'actorId'])
@ObjectType({ description: 'One entry of the activity log.' })
export class Activity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @InstantColumn()
  @Field(() => Date, { description: 'When it happened.' })
  at: Date;

  @EnumColumn()
  @Field(() => ActorType, { description: 'What kind of actor did it.' })
  actorType: ActorType;

  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: 'Id of the actor.' })
  actorId: string | null;

  @Column({ type: 'varchar', length: 120 })
  @Field(() => String, { description: 'Name of the actor at the time.' })
  actorName: string;

  @EnumColumn({ nullable: true })
  @Field(() => ActorType, {
    nullable: true,
    description: 'When acting as someone else: the kind of the real person.',
  })
  onBehalfOfType: ActorType | null;

  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: 'When acting as someone else: the real person.' })
  onBehalfOfId: string | null;

  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: 'The client file concerned, if any.' })
  clientId: string | null;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => String, {
    description: 'Kind of thing changed: Client, ClientTerms, ClientCrm, Note, Contact, ClientContact…',
  })
  entityType: string;

  @IdColumn()
  @Field(() => ID, { description: 'Id of the thing changed.' })
  entityId: string;

  @EnumColumn()
  @Field(() => ActivityAction, { description: 'What happened.' })
  action: ActivityAction;

  @Column({ type: 'simple-json' })
  @Field(() => [FieldChange], { description: 'Field by field, what changed.' })
  changes: FieldChange[];

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Version of the client file after the change, when it changed it.',
  })
  clientVersion: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'Id of the request that made the change.' })
  requestId: string | null;
}

/**
 * A person (or program) who appears in an activity log, under the name they
 * last acted with: the choices of a filter by person.
 */
@ObjectType({ description: 'Someone who did something in an activity log, or on whose behalf it was done.' })
export class ActivityActor {
  @Field(() => ID, { description: 'Their id, as `ActivityFilter.actorId` takes it.' })
  id: string;

  @Field(() => ActorType, { description: 'What kind of actor they are.' })
  type: ActorType;

  @Field(() => String, { description: 'The name they last acted under.' })
  name: string;
}
