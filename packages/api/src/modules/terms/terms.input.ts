import { Field, ID, InputType, Int } from 'type-graphql';
import {
  InvoiceDelivery,
  LIMITS,
  PaymentTerms,
  checkCurrency,
  checkDecimal,
  checkEmail,
  checkGstHst,
  checkInteger,
  checkIsoDate,
  checkOptionalText,
  checkQst,
  checkVatNumber,
} from '@clientele/shared';
import { Check } from '../../app/validation';
import type { ClientTerms } from './client-terms.entity';
import { LocalDate } from '../../app/local-date';

@InputType({ description: 'Changes to the Terms tab; omitted fields stay as they are, null clears.' })
export class UpdateClientTermsInput implements Partial<Record<keyof ClientTerms, unknown>> {
  @Field(() => ID, { description: 'The client.' })
  clientId: string;

  @Field(() => Int, {
    description: 'The version of the client file read; a newer one refuses with CONFLICT.',
  })
  version: number;

  @Field(() => PaymentTerms, { nullable: true, description: 'When invoices fall due.' })
  paymentTerms?: PaymentTerms | null;

  @Check((v: unknown) => checkInteger(v, 1, LIMITS.paymentTermsDaysMax))
  @Field(() => Int, { nullable: true, description: 'Days to pay, required for CUSTOM terms (1–365).' })
  paymentTermsDays?: number | null;

  @Check(checkCurrency)
  @Field(() => String, { nullable: true, description: 'Billing currency, ISO 4217.' })
  billingCurrency?: string | null;

  @Check((v: unknown) => checkDecimal(v, { max: LIMITS.creditLimitMax, scale: 2 }))
  @Field(() => String, { nullable: true, description: 'Credit limit, a decimal amount ("15000.00").' })
  creditLimit?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Hold new orders for credit reasons.' })
  creditHold?: boolean | null;

  @Check((v: unknown) => checkOptionalText(v, LIMITS.creditHoldReason))
  @Field(() => String, { nullable: true, description: 'Why credit is held; required while it is.' })
  creditHoldReason?: string | null;

  @Check((v: unknown) => checkDecimal(v, { max: 100, scale: 2 }))
  @Field(() => String, { nullable: true, description: 'Default discount in percent, 0–100 ("5.00").' })
  discountPercent?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Exempt from sales taxes.' })
  taxExempt?: boolean | null;

  @Check((v: unknown) => checkOptionalText(v, 32))
  @Field(() => String, { nullable: true, description: 'Exemption certificate number; required when exempt.' })
  taxExemptNumber?: string | null;

  @Check(checkGstHst)
  @Field(() => String, { nullable: true, description: 'GST/HST registration (123456789 RT0001).' })
  gstHstNumber?: string | null;

  @Check(checkQst)
  @Field(() => String, { nullable: true, description: 'Québec QST registration (1234567890 TQ0001).' })
  qstNumber?: string | null;

  @Check(checkVatNumber)
  @Field(() => String, { nullable: true, description: 'EU VAT number (FR44732829320).' })
  vatNumber?: string | null;

  @Field(() => InvoiceDelivery, { nullable: true, description: 'How invoices reach the client.' })
  invoiceDelivery?: InvoiceDelivery | null;

  @Check(checkEmail)
  @Field(() => String, {
    nullable: true,
    description: "Where emailed invoices go; the client's main email when empty.",
  })
  billingEmail?: string | null;

  @Check((v: unknown) => checkOptionalText(v, LIMITS.priceList))
  @Field(() => String, { nullable: true, description: 'Price list the client buys from.' })
  priceList?: string | null;

  @Check(checkIsoDate)
  @Field(() => LocalDate, { nullable: true, description: 'Contract start; null clears it.' })
  contractStartsOn?: string | null;

  @Check(checkIsoDate)
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Contract end, not before the start; null clears it.',
  })
  contractEndsOn?: string | null;

  @Check(checkIsoDate)
  @Field(() => String, {
    nullable: true,
    description: 'Contract start, YYYY-MM-DD.',
    deprecationReason: 'Use `contractStartsOn`, a LocalDate.',
  })
  contractStart?: string | null;

  @Check(checkIsoDate)
  @Field(() => String, {
    nullable: true,
    description: 'Contract end, YYYY-MM-DD; not before the start.',
    deprecationReason: 'Use `contractEndsOn`, a LocalDate.',
  })
  contractEnd?: string | null;
}
