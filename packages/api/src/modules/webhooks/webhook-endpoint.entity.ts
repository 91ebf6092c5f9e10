import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WebhookEventType } from '@clientele/shared';
import { IdColumn, InstantColumn } from '../../app/columns';
import { Node } from '../../app/node';

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'What happened, as the `type` of a webhook event names it (`client.created`…).',
  valuesConfig: {
    CLIENT_CREATED: { description: '`client.created`: a client file was created.' },
    CLIENT_UPDATED: {
      description: '`client.updated`: its identity, terms or CRM changed (`data.changedFields` says which).',
    },
    CLIENT_DELETED: { description: '`client.deleted`: moved to the bin (restorable until purged).' },
    CLIENT_RESTORED: { description: '`client.restored`: brought back from the bin.' },
    PARTNER_INVITATION_ACCEPTED: {
      description: '`partnerInvitation.accepted`: the client’s administrator accepted its partner.',
    },
    PARTNER_INVITATION_DECLINED: {
      description: '`partnerInvitation.declined`: the client’s administrator declined its partner.',
    },
    ACCESS_GRANTED: { description: '`access.granted`: a contact was given access (operator only).' },
    ACCESS_REVOKED: { description: '`access.revoked`: a contact’s access was revoked (operator only).' },
    CONTACT_LINKED: { description: '`contact.linked`: a contact was linked to the client.' },
    CONTACT_UNLINKED: { description: '`contact.unlinked`: a contact was unlinked from the client.' },
    PING: { description: '`ping`: sent on demand to try an endpoint; every endpoint receives it.' },
  },
});

/**
 * An address that receives signed events: the operator's (every client) or a
 * partner's (its own clients, what it may read of them). Its secret signs each
 * delivery; it is shown once, when the endpoint is made, and kept to sign.
 */
@Entity('webhook_endpoint')
@ObjectType({ description: 'An HTTPS address that receives signed webhook events.', implements: Node })
export class WebhookEndpoint {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  /** The partner whose clients it hears about; null for the operator's own, which hear about all. */
  @Index('IDX_webhook_endpoint_partner')
  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: 'The partner it belongs to; none for the operator’s.' })
  partnerId: string | null;

  @Column({ type: 'varchar', length: 2000 })
  @Field(() => String, { description: 'Where events are POSTed.' })
  url: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'What it is for, as its owner wrote it.' })
  description: string | null;

  @Column({ type: 'simple-json' })
  @Field(() => [WebhookEventType], { description: 'The events it receives (and `ping`).' })
  eventTypes: WebhookEventType[];

  /** Signs every delivery (HMAC-SHA256); never read back through the API. */
  @Column({ type: 'varchar', length: 64 })
  secret: string;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => String, { description: 'The start of its secret, to tell secrets apart (`whsec_ab12`).' })
  secretPrefix: string;

  @Column({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'Whether events are sent to it; while off, none are queued.' })
  enabled: boolean;

  @InstantColumn()
  @Field(() => Date, { description: 'When it was registered.' })
  createdAt: Date;

  @InstantColumn()
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was deleted; nothing is sent to it since.' })
  deletedAt: Date | null;

  @VersionColumn()
  @Field(() => Int, { description: 'Pass it back with an update: a stale one is refused (CONFLICT).' })
  version: number;
}
