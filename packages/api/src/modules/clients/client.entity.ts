import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ClientKind, ClientStatus, Lifecycle } from '@clientele/shared';
import { Address } from './address';

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

/** The client file: the account of one company or person who buys from the operator. */
@Entity('client')
@ObjectType({ description: 'A client file: one company or person who buys from the operator.' })
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

  /** The name folded for search, ordering and uniqueness (case and accents aside). */
  @Index('IDX_client_name_key')
  @Column({ type: 'varchar', length: 200 })
  nameKey: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => ClientKind, { description: 'Company or individual.' })
  kind: ClientKind;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => ClientStatus, { description: 'Whether the account is in good standing.' })
  status: ClientStatus;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => Lifecycle, { description: 'Prospect or customer.' })
  lifecycle: Lifecycle;

  @Column(() => Address, { prefix: 'billing' })
  @Field(() => Address, { description: 'Where invoices are addressed.' })
  billingAddress: Address;

  @Index('IDX_client_created_at')
  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'When the file was created.' })
  createdAt: Date;

  @Index('IDX_client_updated_at')
  @Column({ type: 'datetime', precision: 3 })
  @Field(() => Date, { description: 'When the file last changed.' })
  updatedAt: Date;

  @VersionColumn()
  @Field(() => Int, {
    description:
      'Increases with every change; send it back with an update so nobody overwrites a newer version unknowingly.',
  })
  version: number;
}
