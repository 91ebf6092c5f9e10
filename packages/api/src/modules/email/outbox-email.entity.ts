import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EmailStatus } from '@clientele/shared';
import { EnumColumn, IdColumn, InstantColumn } from '../../app/columns';

registerEnumType(EmailStatus, {
  name: 'EmailStatus',
  description: 'Where an email stands in the outbox.',
  valuesConfig: {
    PENDING: { description: 'Waiting for (another) delivery attempt.' },
    SENDING: { description: 'Claimed by a worker, being delivered.' },
    SENT: { description: 'Accepted by the SMTP server.' },
    FAILED: { description: 'Given up after the last retry.' },
  },
});

/**
 * An email, written in the same transaction as the change that causes it and
 * delivered afterwards by the mail worker: no change commits without its
 * email, and no email leaves for a change that rolled back.
 */
@Entity('outbox_email')
@Index('IDX_outbox_email_due', ['status', 'nextAttemptAt'])
@ObjectType({ description: 'An email in the outbox.' })
export class OutboxEmail {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @Column({ type: 'varchar', length: 254 })
  @Field(() => String, { description: 'Recipient address.' })
  to: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Recipient name.' })
  toName: string | null;

  @Column({ type: 'varchar', length: 2 })
  @Field(() => String, { description: 'Language the email is written in (fr or en).' })
  locale: string;

  @Column({ type: 'varchar', length: 40 })
  @Field(() => String, { description: 'Which template made it.' })
  template: string;

  @Column({ type: 'varchar', length: 250 })
  @Field(() => String, { description: 'Subject line.' })
  subject: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'Plain-text body.' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  @Index('IDX_outbox_email_client')
  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: 'The client file it concerns, if any.' })
  clientId: string | null;

  @EnumColumn()
  @Field(() => EmailStatus, { description: 'Where it stands.' })
  status: EmailStatus;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Delivery attempts so far.' })
  attempts: number;

  @InstantColumn()
  @Field(() => Date, { description: 'When the next attempt is due.' })
  nextAttemptAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  lockedBy: string | null;

  @InstantColumn({ nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError: string | null;

  @InstantColumn()
  @Field(() => Date, { description: 'When it was queued.' })
  createdAt: Date;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the SMTP server accepted it.' })
  sentAt: Date | null;
}
