import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerInvitationStatus } from '@clientele/shared';
import { EnumColumn, IdColumn, InstantColumn } from '../../app/columns';
import { Client } from '../clients/client.entity';

registerEnumType(PartnerInvitationStatus, {
  name: 'PartnerInvitationStatus',
  description: "Where a partner's invitation to manage a client stands.",
  valuesConfig: {
    PENDING: { description: "Waiting for the client's administrator." },
    ACCEPTED: { description: 'The partner manages the client.' },
    DECLINED: { description: "The client's administrator said no." },
    CANCELLED: { description: 'Withdrawn by the partner.' },
    EXPIRED: { description: 'Not answered in time.' },
  },
});

/**
 * A partner's request to manage a client (seed 000). Until the client's
 * administrator accepts it, the partner sees the card and nothing else.
 */
@Entity('partner_invitation')
@Index('IDX_partner_invitation_client', ['clientId', 'createdAt'])
@ObjectType({ description: "A partner's invitation to manage a client." })
export class PartnerInvitation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @IdColumn()
  @Field(() => ID, { description: 'The client.' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @IdColumn()
  @Field(() => ID, { description: 'The partner asking.' })
  partnerId: string;

  @IdColumn()
  @Field(() => ID, { description: "The client's administrator (a contact) who answers." })
  adminContactId: string;

  @EnumColumn()
  @Field(() => PartnerInvitationStatus, { description: 'Where it stands.' })
  status: PartnerInvitationStatus;

  @InstantColumn()
  @Field(() => Date, { description: 'When it was (last) sent.' })
  sentAt: Date;

  @InstantColumn()
  @Field(() => Date, { description: 'When it expires unanswered.' })
  expiresAt: Date;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was answered or cancelled.' })
  respondedAt: Date | null;

  @InstantColumn()
  createdAt: Date;

  @VersionColumn()
  @Field(() => Int, { description: 'Increases with every change.' })
  version: number;
}
