import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ContactType } from '@clientele/shared';
import { EnumColumn, IdColumn, InstantColumn } from '../../app/columns';
import { Client } from '../clients/client.entity';
import { Contact } from './contact.entity';

registerEnumType(ContactType, {
  name: 'ContactType',
  description: 'The role a contact plays for a client.',
  valuesConfig: {
    BILLING: { description: 'Receives and pays invoices.' },
    TECHNICAL: { description: 'Technical questions and incidents.' },
    OPERATIONS: { description: 'Day-to-day operations.' },
    SALES: { description: 'Purchasing and sales.' },
    EXECUTIVE: { description: 'Management.' },
    OTHER: { description: 'Anything else.' },
  },
});

/**
 * The link between a client and one of its contacts, with the contact's title,
 * department and role there. `primaryKey` holds the client id on the primary
 * link only, so a unique index allows one primary contact per client on every
 * dialect (NULLs never collide).
 */
@Entity('client_contact')
@Index('UQ_client_contact_pair', ['clientId', 'contactId'], { unique: true })
@Index('IDX_client_contact_contact', ['contactId'])
@ObjectType({ description: 'A contact as linked to one client, with their role there.' })
export class ClientContact {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'Id of the link.' })
  id: string;

  @IdColumn()
  @Field(() => ID, { description: 'The client.' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @IdColumn()
  @Field(() => ID, { description: 'The contact.' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contactRef?: Contact;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Job title at this client.' })
  title: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Department at this client.' })
  department: string | null;

  @EnumColumn()
  @Field(() => ContactType, { description: 'Role for this client.' })
  type: ContactType;

  @Index('UQ_client_contact_primary', { unique: true })
  @IdColumn({ nullable: true })
  primaryKey: string | null;

  @InstantColumn()
  @Field(() => Date, { description: 'When the contact was linked.' })
  linkedAt: Date;
}
