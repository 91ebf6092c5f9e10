import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IdColumn, InstantColumn } from '../../app/columns';

/** A reseller or MSP that manages some clients, within what its certifications allow. */
@Entity('partner')
@ObjectType({ description: 'A partner organisation (reseller, MSP).' })
export class Partner {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Name of the organisation.' })
  name: string;

  @Index('UQ_partner_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  nameKey: string;

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: 'Certification codes held (they decide which plans it may sell).' })
  certifications: string[];

  @InstantColumn()
  @Field(() => Date, { description: 'When the partner was added.' })
  createdAt: Date;

  @VersionColumn()
  @Field(() => Int, { description: 'Increases with every change.' })
  version: number;
}

/** A person at a partner who signs in (console or API). */
@Entity('partner_user')
@ObjectType({ description: 'A user of a partner organisation.' })
export class PartnerUser {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @Index('IDX_partner_user_partner')
  @IdColumn()
  @Field(() => ID, { description: 'The partner.' })
  partnerId: string;

  @Index('UQ_partner_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  @Field(() => String, { description: 'Sign-in email, lower case.' })
  email: string;

  @Column({ type: 'varchar', length: 120 })
  @Field(() => String, { description: 'Name shown in activity.' })
  displayName: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 2 })
  @Field(() => String, { description: 'Preferred language (fr or en).' })
  locale: string;

  @Column({ type: 'int', default: 0 })
  failedSignIns: number;

  @InstantColumn({ nullable: true })
  lockedUntil: Date | null;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When they last signed in.' })
  lastSignInAt: Date | null;

  @InstantColumn()
  createdAt: Date;

  /** Set while the user is deactivated: no sign-in, no session, no API token. */
  @InstantColumn({ nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When an administrator deactivated the user; null while they may sign in.',
  })
  deactivatedAt: Date | null;

  // Users made before versioning start at 1, like every new one.
  @VersionColumn({ default: 1 })
  @Field(() => Int, {
    description: 'Increases with every change; deactivating and reactivating carry the version read.',
  })
  version: number;
}
