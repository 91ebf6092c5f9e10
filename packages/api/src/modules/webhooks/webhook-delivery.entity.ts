import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WebhookDeliveryStatus, WebhookEventType } from '@clientele/shared';
import { EnumColumn, IdColumn, InstantColumn } from '../../app/columns';

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where one event’s delivery to one endpoint stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for (another) attempt: see `nextAttemptAt`.' },
    SENDING: { description: 'Being sent.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Given up after the last retry; may be replayed.' },
  },
});

/**
 * One event for one endpoint: written in the transaction of the change it
 * announces (the outbox), so no change commits without it and none is sent
 * for a change that rolled back, then sent by the webhook worker. Its body is
 * fixed when written — what the endpoint's owner could read at that moment.
 */
@Entity('webhook_delivery')
@Index('IDX_webhook_delivery_due', ['status', 'nextAttemptAt'])
@Index('IDX_webhook_delivery_endpoint', ['endpointId', 'createdAt'])
@ObjectType({ description: 'One event sent, or to be sent, to one endpoint, with its attempts.' })
export class WebhookDelivery {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @IdColumn()
  @Field(() => ID, {
    description: 'The event’s id, the same at every endpoint and on every attempt: de-duplicate on it.',
  })
  eventId: string;

  @EnumColumn()
  @Field(() => WebhookEventType, { description: 'What happened.' })
  eventType: WebhookEventType;

  @IdColumn()
  @Field(() => ID, { description: 'The endpoint it goes to.' })
  endpointId: string;

  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: 'The client file it is about; none for a ping.' })
  clientId: string | null;

  /** The JSON body, signed as it is stored. */
  @Column({ type: 'text' })
  @Field(() => String, { description: 'The JSON body sent.' })
  payload: string;

  @EnumColumn()
  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  status: WebhookDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Attempts since it was written or last replayed.' })
  attemptCount: number;

  @InstantColumn()
  @Field(() => Date, { description: 'When the next attempt is due (while PENDING).' })
  nextAttemptAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  lockedBy: string | null;

  @InstantColumn({ nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer, if one came.' })
  lastStatusCode: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError: string | null;

  @InstantColumn()
  @Field(() => Date, { description: 'When the event happened and this delivery was queued.' })
  createdAt: Date;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the endpoint answered 2xx.' })
  deliveredAt: Date | null;
}

/** One try at a delivery, as the endpoint answered it (or did not). */
@Entity('webhook_attempt')
@Index('IDX_webhook_attempt_delivery', ['deliveryId', 'at'])
@ObjectType({ description: 'One attempt at sending a delivery.' })
export class WebhookAttempt {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @IdColumn()
  deliveryId: string;

  @InstantColumn()
  @Field(() => Date, { description: 'When it was sent.' })
  at: Date;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; none if no answer came.' })
  statusCode: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'What went wrong: a timeout, a refused connection…' })
  error: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'The start of the answer’s body (500 characters).' })
  responseBody: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'How long the endpoint took, in milliseconds.' })
  durationMs: number;
}
