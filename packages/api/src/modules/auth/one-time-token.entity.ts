import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { type ActorType } from '@clientele/shared';
import { EnumColumn, IdColumn, InstantColumn } from '../../app/columns';

export enum OneTimePurpose {
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** The link a contact given access follows to choose their password. */
  ACCESS_INVITATION = 'ACCESS_INVITATION',
}

/**
 * A single-use link (password reset, access invitation). Stored hashed;
 * spent by one conditional UPDATE, so two simultaneous uses let one through.
 */
@Entity('one_time_token')
export class OneTimeToken {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('UQ_one_time_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @EnumColumn()
  purpose: OneTimePurpose;

  @EnumColumn()
  principalType: ActorType;

  @IdColumn()
  principalId: string;

  /** What the link is about beyond its holder (the access grant, for invitations). */
  @IdColumn({ nullable: true })
  subjectId: string | null;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn()
  expiresAt: Date;

  @InstantColumn({ nullable: true })
  usedAt: Date | null;
}
