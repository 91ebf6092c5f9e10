import { Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AccountTier, ClientSource, HealthStatus } from '@clientele/shared';
import { DateColumn, EnumColumn, IdColumn } from '../../app/columns';
import { Client } from '../clients/client.entity';
import { Industry } from '../lists/industry.entity';
import { User } from '../users/user.entity';

registerEnumType(HealthStatus, {
  name: 'HealthStatus',
  description: 'How the relationship is going.',
  valuesConfig: {
    HAPPY: { description: 'Satisfied.' },
    DOING_OKAY: { description: 'Fine, nothing to celebrate.' },
    AT_RISK: { description: 'May leave: act.' },
  },
});
registerEnumType(AccountTier, {
  name: 'AccountTier',
  description: 'The level of service the client buys.',
  valuesConfig: {
    BASIC: { description: 'Basic.' },
    PREMIUM: { description: 'Premium.' },
    ENTERPRISE: { description: 'Enterprise.' },
  },
});
registerEnumType(ClientSource, {
  name: 'ClientSource',
  description: 'Where the client came from.',
  valuesConfig: {
    REFERRAL: { description: 'Recommended by someone.' },
    WEBSITE: { description: 'Through our website.' },
    PARTNER: { description: 'Brought by a partner.' },
    EVENT: { description: 'Met at an event.' },
    OUTBOUND: { description: 'Our own prospecting.' },
    OTHER: { description: 'Anything else.' },
  },
});

/** The CRM tab: the relationship. One row per client. */
@Entity('client_crm')
@ObjectType({ description: 'The relationship with a client (the CRM tab).' })
export class ClientCrm {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  clientId: string;

  @OneToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Index('IDX_client_crm_health')
  @EnumColumn({ nullable: true })
  @Field(() => HealthStatus, { nullable: true, description: 'How the relationship is going.' })
  health: HealthStatus | null;

  @Index('IDX_client_crm_tier')
  @EnumColumn({ nullable: true })
  @Field(() => AccountTier, { nullable: true, description: 'The level of service the client buys.' })
  tier: AccountTier | null;

  @Index('IDX_client_crm_renewal_date')
  @DateColumn()
  @Field(() => String, {
    nullable: true,
    description: 'Contract or renewal date, YYYY-MM-DD.',
    deprecationReason: 'Use `renewsOn`, a LocalDate.',
  })
  renewalDate: string | null;

  @Index('IDX_client_crm_industry')
  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: 'Id of the industry.' })
  industryId: string | null;

  @ManyToOne(() => Industry, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'industry_id' })
  industryRef?: Industry;

  @Index('IDX_client_crm_owner')
  @IdColumn({ nullable: true })
  @Field(() => ID, { nullable: true, description: 'Id of the staff member who owns the account.' })
  accountOwnerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_owner_id' })
  accountOwnerRef?: User;

  @EnumColumn({ nullable: true })
  @Field(() => ClientSource, { nullable: true, description: 'Where the client came from.' })
  source: ClientSource | null;
}

/** A salesperson (VENDEUR) of a client: a staff member credited with its sales. */
@Entity('client_salesperson')
@Index('IDX_client_salesperson_user', ['userId'])
export class ClientSalesperson {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
