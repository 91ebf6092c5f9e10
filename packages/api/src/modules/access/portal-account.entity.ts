import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { IdColumn, InstantColumn } from '../../app/columns';

/**
 * How a client contact signs in: one account per contact, by user code or
 * email, whatever clients granted them access (see AccessGrant).
 */
@Entity('portal_account')
@ObjectType({ description: 'A client contact’s sign-in.' })
export class PortalAccount {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @Index('UQ_portal_account_contact', { unique: true })
  @IdColumn()
  @Field(() => ID, { description: 'The contact who signs in.' })
  contactId: string;

  @Index('UQ_portal_account_user_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  @Field(() => String, { description: 'User code, unique, kept in upper case.' })
  userCode: string;

  @Column({ type: 'varchar', length: 254 })
  @Field(() => String, { description: 'Sign-in email, where invitations go.' })
  email: string;

  @Index('UQ_portal_account_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  emailKey: string;

  /** Null until the contact chooses a password with their invitation link. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'int', default: 0 })
  failedSignIns: number;

  @InstantColumn({ nullable: true })
  lockedUntil: Date | null;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the contact last signed in.' })
  lastSignInAt: Date | null;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn()
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
