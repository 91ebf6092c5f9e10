import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AccessRole, AccessStatus } from '@clientele/shared';
import { EnumColumn, IdColumn, InstantColumn } from '../../app/columns';
import { Client } from '../clients/client.entity';

registerEnumType(AccessRole, {
  name: 'AccessRole',
  description: 'What a client contact may do in the portal.',
  valuesConfig: {
    CLIENT_ADMIN: { description: "The client's administrator; may accept a partner's invitation." },
    CLIENT_USER: { description: 'Reads and updates what the operator allows.' },
  },
});
registerEnumType(AccessStatus, {
  name: 'AccessStatus',
  description: "Where a contact's access stands.",
  valuesConfig: {
    INVITED: { description: 'Invited; the set-password link is unused.' },
    ACTIVE: { description: 'May sign in.' },
    SUSPENDED: { description: 'Paused; may be reactivated.' },
    REVOKED: { description: 'Withdrawn for good.' },
    EXPIRED: { description: 'The invitation expired unused; resend it.' },
  },
});

/**
 * A client's permission for one of its contacts to sign in and see its file
 * (GEM-BOOKS "accorder un accès"), with an optional IP allow-list and branch.
 */
@Entity('access_grant')
@Index('UQ_access_grant_pair', ['clientId', 'contactId'], { unique: true })
@Index('IDX_access_grant_account', ['accountId'])
@ObjectType({ description: "A contact's access to a client's file." })
export class AccessGrant {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @IdColumn()
  @Field(() => ID, { description: 'The client granting access.' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @IdColumn()
  @Field(() => ID, { description: 'The contact given access.' })
  contactId: string;

  @IdColumn()
  accountId: string;

  @EnumColumn()
  @Field(() => AccessRole, { description: 'What they may do.' })
  role: AccessRole;

  @Column({ type: 'simple-json' })
  @Field(() => [String], {
    description: 'Addresses or CIDR ranges sign-ins must come from; empty: anywhere.',
  })
  ipAllowList: string[];

  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: "Restricts the access to one of the operator's branches." })
  branchId: string | null;

  @EnumColumn()
  @Field(() => AccessStatus, { description: 'Where the access stands.' })
  status: AccessStatus;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the last invitation was sent.' })
  invitedAt: Date | null;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the last invitation link expires.' })
  invitationExpiresAt: Date | null;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the contact last signed in to this client.' })
  lastSignInAt: Date | null;

  @InstantColumn()
  @Field(() => Date, { description: 'When access was granted.' })
  createdAt: Date;

  @InstantColumn()
  updatedAt: Date;

  @VersionColumn()
  @Field(() => Int, { description: 'Increases with every change.' })
  version: number;
}
