import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InstantColumn } from '../../app/columns';
import { StaffRole, UserStatus } from '@clientele/shared';

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: "What a member of the operator's staff may do.",
  valuesConfig: {
    ADMIN: { description: 'Everything, including users and settings.' },
    STAFF: { description: 'Works on client files.' },
    VIEWER: { description: 'Reads client files, changes nothing.' },
  },
});

registerEnumType(UserStatus, {
  name: 'UserStatus',
  description: "Where a staff user's account stands.",
  valuesConfig: {
    INVITED: { description: 'Created by an administrator; has not chosen a password yet.' },
    ACTIVE: { description: 'May sign in.' },
    DEACTIVATED: { description: 'May not sign in; kept so their name stays on what they did.' },
  },
});

/** A member of the operator's staff who signs in to the console. */
@Entity('user_account')
@ObjectType({ description: "A member of the operator's staff." })
export class User {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  /** Lower-cased; the sign-in identifier. */
  @Index('UQ_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  @Field(() => String, { description: 'Sign-in email address.' })
  email: string;

  @Column({ type: 'varchar', length: 120 })
  @Field(() => String, { description: 'Name shown in the console and in the activity log.' })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => StaffRole, { description: 'What this user may do.' })
  role: StaffRole;

  /** argon2id hash; never exposed. Empty while invited: no password matches it. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 2 })
  @Field(() => String, { description: 'Preferred language: `fr` or `en`.' })
  locale: string;

  @InstantColumn()
  @Field(() => Date, { description: 'When the user was created.' })
  createdAt: Date;

  @InstantColumn()
  @Field(() => Date, { description: 'When the user last changed.' })
  updatedAt: Date;

  /** Failed sign-ins since the last success; five lock the account a while. */
  @Column({ type: 'int', default: 0 })
  failedSignIns: number;

  @InstantColumn({ nullable: true })
  lockedUntil: Date | null;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the user last signed in.' })
  lastSignInAt: Date | null;

  /** Set while the account is deactivated: no sign-in, no session, no API token. */
  @InstantColumn({ nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When the account was deactivated; null while it may sign in.',
  })
  deactivatedAt: Date | null;

  @VersionColumn()
  @Field(() => Int, { description: 'Increases with every change; updates carry the version read.' })
  version: number;
}
