import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InvoiceDelivery, PaymentTerms } from '@clientele/shared';
import { DateColumn, DecimalColumn, EnumColumn } from '../../app/columns';
import { Client } from '../clients/client.entity';

registerEnumType(PaymentTerms, {
  name: 'PaymentTerms',
  description: 'When invoices fall due.',
  valuesConfig: {
    DUE_ON_RECEIPT: { description: 'On receipt of the invoice.' },
    NET_15: { description: '15 days after the invoice date.' },
    NET_30: { description: '30 days after the invoice date.' },
    NET_45: { description: '45 days after the invoice date.' },
    NET_60: { description: '60 days after the invoice date.' },
    CUSTOM: { description: '`paymentTermsDays` days after the invoice date.' },
  },
});
registerEnumType(InvoiceDelivery, {
  name: 'InvoiceDelivery',
  description: 'How invoices reach the client.',
  valuesConfig: {
    EMAIL: { description: 'By email, to the billing email.' },
    POST: { description: 'By post, to the billing address.' },
    PORTAL: { description: 'In the client portal.' },
  },
});

/** The Terms tab: how the client is billed. One row per client. */
@Entity('client_terms')
@ObjectType({ description: 'How a client is billed (the Terms tab).' })
export class ClientTerms {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  clientId: string;

  @OneToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @EnumColumn()
  @Field(() => PaymentTerms, { description: 'When invoices fall due.' })
  paymentTerms: PaymentTerms;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Days to pay, for CUSTOM terms (1–365).' })
  paymentTermsDays: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Billing currency (ISO 4217), when it differs from the client's.",
  })
  billingCurrency: string | null;

  @DecimalColumn(14, 2)
  @Field(() => String, { nullable: true, description: 'Credit limit, a decimal amount ("15000.00").' })
  creditLimit: string | null;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Whether new orders are held for credit reasons.' })
  creditHold: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why credit is held (required while it is).' })
  creditHoldReason: string | null;

  @DecimalColumn(5, 2)
  @Field(() => String, { nullable: true, description: 'Default discount in percent ("5.00"), 0–100.' })
  discountPercent: string | null;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Whether the client is exempt from sales taxes.' })
  taxExempt: boolean;

  @Column({ type: 'varchar', length: 32, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Exemption certificate number (required when exempt).',
  })
  taxExemptNumber: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'GST/HST registration (123456789RT0001).' })
  gstHstNumber: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Québec QST registration (1234567890TQ0001).' })
  qstNumber: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'EU VAT number used on invoices (FR44732829320).' })
  vatNumber: string | null;

  @EnumColumn()
  @Field(() => InvoiceDelivery, { description: 'How invoices reach the client.' })
  invoiceDelivery: InvoiceDelivery;

  @Column({ type: 'varchar', length: 254, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Where emailed invoices go; the client's main email when empty.",
  })
  billingEmail: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'Price list the client buys from.' })
  priceList: string | null;

  @DateColumn()
  @Field(() => String, {
    nullable: true,
    description: 'Contract start, YYYY-MM-DD.',
    deprecationReason: 'Use `contractStartsOn`, a LocalDate.',
  })
  contractStart: string | null;

  @DateColumn()
  @Field(() => String, {
    nullable: true,
    description: 'Contract end, YYYY-MM-DD; not before the start.',
    deprecationReason: 'Use `contractEndsOn`, a LocalDate.',
  })
  contractEnd: string | null;
}
