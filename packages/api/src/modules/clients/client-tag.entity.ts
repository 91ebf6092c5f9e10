import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Client } from './client.entity';

/** A free tag on a client; `tagKey` (folded) is what filters match. */
@Entity('client_tag')
@Index('IDX_client_tag_key', ['tagKey'])
export class ClientTag {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  tagKey: string;

  @Column({ type: 'varchar', length: 40 })
  tag: string;
}
