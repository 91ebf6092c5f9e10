import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Client } from '../clients/client.entity';
import { ListItem } from './list-item';

/** A group of client accounts (BILLmanager "groupes de comptes"), for filtering and bulk work. */
@Entity('account_group')
@Index('UQ_account_group_name_key', ['nameKey'], { unique: true })
@ObjectType({ description: 'A group of client accounts.' })
export class AccountGroup extends ListItem {}

/** Membership of a client in an account group. */
@Entity('client_account_group')
@Index('IDX_client_account_group_group', ['groupId'])
export class ClientAccountGroup {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  groupId: string;

  @ManyToOne(() => AccountGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: AccountGroup;
}
