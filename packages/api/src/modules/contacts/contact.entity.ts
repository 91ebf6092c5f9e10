import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Language, SocialNetwork } from '@clientele/shared';
import { IdColumn, InstantColumn } from '../../app/columns';
import { Address } from '../clients/address';
import { Node } from '../../app/node';

registerEnumType(SocialNetwork, {
  name: 'SocialNetwork',
  description: 'Where a social handle lives.',
  valuesConfig: {
    LINKEDIN: { description: 'LinkedIn.' },
    X: { description: 'X (formerly Twitter).' },
    FACEBOOK: { description: 'Facebook.' },
    INSTAGRAM: { description: 'Instagram.' },
    OTHER: { description: 'Anything else.' },
  },
});

@ObjectType({ description: 'A handle on a social network.' })
export class SocialHandle {
  @Field(() => SocialNetwork, { description: 'The network.' })
  network: SocialNetwork;

  @Field(() => String, { description: 'The handle or profile address.' })
  handle: string;
}

/** A person at one or more clients (Freshdesk contact; GEM-BOOKS "contact associé"). */
@Entity('contact')
// Search by name or email: a full-text index over the folded keys (see FT_client_search).
@Index('FT_contact_search', { synchronize: false })
// A mirror in sync (`updatedSince`): contacts by update time.
@Index('IDX_contact_updated', ['updatedAt', 'id'])
@ObjectType({ description: 'A person at one or more client companies.', implements: Node })
export class Contact {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'First name.' })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Last name.' })
  lastName: string;

  /** "first last" folded, for search and ordering. */
  @Index('IDX_contact_name_key')
  @Column({ type: 'varchar', length: 201 })
  nameKey: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  @Field(() => String, { nullable: true, description: 'Email address; unique among contacts, case aside.' })
  email: string | null;

  /** The email in lower case: unique, so one person is one contact on every dialect. */
  @Index('UQ_contact_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  emailKey: string | null;

  /** The domain part of the email, lower case: what suggests a client to link. */
  @Index('IDX_contact_email_domain')
  @Column({ type: 'varchar', length: 253, nullable: true })
  emailDomain: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Phone, E.164.' })
  phone: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Mobile, E.164.' })
  mobile: string | null;

  @Column({ type: 'varchar', length: 2 })
  @Field(() => Language, { description: 'Language the contact is written to in.' })
  language: Language;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  timeZone: string | null;

  @Column(() => Address, { prefix: 'address' })
  @Field(() => Address, { description: 'Where the contact works (location).' })
  address: Address;

  @Column({ type: 'simple-json', nullable: true })
  @Field(() => [SocialHandle], { description: 'Social network handles.' })
  socialHandles: SocialHandle[];

  @IdColumn({ nullable: true })
  createdById: string | null;

  @InstantColumn()
  @Field(() => Date, { description: 'When the contact was created.' })
  createdAt: Date;

  @InstantColumn()
  @Field(() => Date, { description: 'When the contact last changed.' })
  updatedAt: Date;

  @InstantColumn({ nullable: true })
  deletedAt: Date | null;

  @VersionColumn()
  @Field(() => Int, { description: 'Increases with every change; send it back with an update.' })
  version: number;
}
