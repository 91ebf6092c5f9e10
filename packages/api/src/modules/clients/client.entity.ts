import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ClientKind,
  ClientRegard,
  ClientStatus,
  IdentityProvider,
  Language,
  Lifecycle,
} from '@clientele/shared';
import { EnumColumn, IdColumn, InstantColumn } from '../../app/columns';
import { Address } from './address';
import { Node } from '../../app/node';

registerEnumType(ClientKind, {
  name: 'ClientKind',
  description: 'A company, or a private individual.',
  valuesConfig: {
    COMPANY: { description: 'A business: has a company name.' },
    INDIVIDUAL: { description: 'A private person: has a first and last name.' },
  },
});
registerEnumType(ClientStatus, {
  name: 'ClientStatus',
  description: 'Whether the account is in good standing.',
  valuesConfig: {
    ACTIVE: { description: 'In good standing: may order and be served.' },
    INACTIVE: { description: 'No longer doing business; kept for the record.' },
    SUSPENDED: { description: 'Service held, usually for an unpaid balance or a dispute.' },
  },
});
registerEnumType(Lifecycle, {
  name: 'Lifecycle',
  description: 'Where the client stands in the sales cycle.',
  valuesConfig: {
    PROSPECT: { description: 'Not buying yet.' },
    CUSTOMER: { description: 'Buys from us.' },
  },
});
registerEnumType(ClientRegard, {
  name: 'ClientRegard',
  description: 'How the operator regards this client.',
  valuesConfig: {
    NEUTRAL: { description: 'Nothing particular.' },
    PREFERRED: { description: 'A client to look after especially well.' },
    WATCH: { description: 'Pay attention: late payments, disputes, fraud signals.' },
    DO_NOT_SERVE: { description: 'Take no new orders.' },
  },
});
registerEnumType(IdentityProvider, {
  name: 'IdentityProvider',
  description: "How a client's users sign in to the services.",
  valuesConfig: {
    CLIENTELE: { description: 'Accounts managed here.' },
    HP_ID: { description: 'HP ID.' },
    AZURE_AD: { description: 'Microsoft Azure AD (Entra ID).' },
  },
});
registerEnumType(Language, {
  name: 'Language',
  description: 'A language Clientele serves people in.',
  valuesConfig: { FR: { description: 'French.' }, EN: { description: 'English.' } },
});

/** The client file: the account of one company or person who buys from the operator. */
@Entity('client')
// Lists show live clients (deleted_at IS NULL) in one of these orders; each
// index gives both the filter and the order, so a page never sorts the table.
@Index('IDX_client_live_code', ['deletedAt', 'code'])
@Index('IDX_client_live_created', ['deletedAt', 'createdAt', 'id'])
@Index('IDX_client_live_updated', ['deletedAt', 'updatedAt', 'id'])
// A partner's own clients, by name: its list and its count read one range of this index.
@Index('IDX_client_partner_live_name', ['partnerId', 'liveNameKey'])
// Mirrors in sync (`updatedSince`, deleted ones too): every client by update time, and a partner's.
@Index('IDX_client_updated', ['updatedAt', 'id'])
@Index('IDX_client_partner_updated', ['partnerId', 'updatedAt', 'id'])
// Search: full-text indexes over the folded keys (FTS5 on SQLite), made by the AddSearchIndexes
// migrations, which TypeORM cannot declare; it leaves them be.
@Index('FT_client_search', { synchronize: false })
@Index('FT_client_name', { synchronize: false })
@ObjectType({
  description: 'A client file: one company or person who buys from the operator.',
  implements: Node,
})
export class Client {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  id: string;

  @Index('UQ_client_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  @Field(() => String, {
    description: 'Short unique code, `C-000001` by default; editable, kept in upper case.',
  })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Company name, or the full name of an individual.' })
  name: string;

  /** The name folded for search and ordering (case and accents aside). */
  @Index('IDX_client_name_key')
  @Column({ type: 'varchar', length: 200 })
  nameKey: string;

  /**
   * `nameKey` while the client is live, NULL once deleted: the unique index on
   * it keeps live names unique on every dialect (NULLs never collide), even
   * when two creates race.
   */
  @Index('UQ_client_live_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  liveNameKey: string | null;

  /** Code, name, legal name and email, folded: what the search box matches on the row itself. */
  @Column({ type: 'varchar', length: 800 })
  searchKey: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Registered legal name, when it differs from the name.',
  })
  legalName: string | null;

  @EnumColumn()
  @Field(() => ClientKind, { description: 'Company or individual.' })
  kind: ClientKind;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'First name of an individual.' })
  firstName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Last name of an individual.' })
  lastName: string | null;

  @EnumColumn()
  @Field(() => Lifecycle, { description: 'Prospect or customer.' })
  lifecycle: Lifecycle;

  @Index('IDX_client_status')
  @EnumColumn()
  @Field(() => ClientStatus, { description: 'Whether the account is in good standing.' })
  status: ClientStatus;

  @Column({ type: 'varchar', length: 2 })
  @Field(() => Language, { description: 'Language the client is served and written to in.' })
  language: Language;

  @Column({ type: 'varchar', length: 3 })
  @Field(() => String, { description: 'ISO 4217 currency the client is quoted in (CAD, EUR).' })
  currency: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'IANA time zone (America/Toronto).' })
  timeZone: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Website, https://…' })
  website: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  @Field(() => String, { nullable: true, description: 'Main email address.' })
  email: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Main phone, E.164 (+15145550123).' })
  phone: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Mobile phone, E.164.' })
  mobile: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Fax, E.164.' })
  fax: string | null;

  @Column(() => Address, { prefix: 'billing' })
  @Field(() => Address, { description: 'Where invoices are addressed.' })
  billingAddress: Address;

  @Column(() => Address, { prefix: 'shipping' })
  @Field(() => Address, { description: 'Where goods and technicians go.' })
  shippingAddress: Address;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "The client's own reference for us (their supplier number).",
  })
  clientReference: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Free description of the client.' })
  description: string | null;

  @EnumColumn()
  @Field(() => ClientRegard, { description: 'How the operator regards this client.' })
  regard: ClientRegard;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, {
    description:
      "Whether the platform emails this client's users (password resets included). Off by default.",
  })
  notificationsEnabled: boolean;

  @InstantColumn({ nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the client registered.' })
  registeredAt: Date | null;

  @Column({ type: 'varchar', length: 45, nullable: true })
  @Field(() => String, { nullable: true, description: 'IP address the client registered from.' })
  registrationIp: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Phone number verified with the client (fraud protection), E.164.',
  })
  verifiedPhone: string | null;

  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: 'Id of the managing partner, if any.' })
  partnerId: string | null;

  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: 'Id of the service plan.' })
  planId: string | null;

  @EnumColumn()
  @Field(() => IdentityProvider, { description: "How the client's users sign in to the services." })
  identityProvider: IdentityProvider;

  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: 'Id of the parent client (head office).' })
  parentId: string | null;

  @ManyToOne(() => Client, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'parent_id' })
  parentRef?: Client;

  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: 'Id of the client who pays this client’s invoices.' })
  billToId: string | null;

  @ManyToOne(() => Client, { onDelete: 'SET NULL', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'bill_to_id' })
  billToRef?: Client;

  @InstantColumn()
  @Field(() => Date, { description: 'When the file was created.' })
  createdAt: Date;

  @InstantColumn()
  @Field(() => Date, { description: 'When the file last changed.' })
  updatedAt: Date;

  @InstantColumn({ nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When the file was deleted; it can be restored until purged.',
  })
  deletedAt: Date | null;

  @VersionColumn()
  @Field(() => Int, {
    description:
      'Increases with every change to the info, terms or CRM; send it back with an update so nobody overwrites a newer version unknowingly.',
  })
  version: number;
}
