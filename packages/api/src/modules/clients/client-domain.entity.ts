import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IdColumn } from '../../app/columns';
import { Client } from './client.entity';

/**
 * An email domain of a client (`hervedavid.com`). A domain belongs to one
 * client only: it is how a new contact's email suggests the client to link.
 */
@Entity('client_domain')
export class ClientDomain {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('IDX_client_domain_client')
  @IdColumn()
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Index('UQ_client_domain_domain', { unique: true })
  @Column({ type: 'varchar', length: 253 })
  domain: string;

  @Column({ type: 'int' })
  position: number;
}
