import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import {
  AccountTier,
  BusinessNumberScheme,
  ClientKind,
  ClientOrderField,
  ClientRegard,
  ClientStatus,
  HealthStatus,
  IdentityProvider,
  LIMITS,
  Language,
  Lifecycle,
  SortDirection,
  checkClientCode,
  checkCurrency,
  checkEmail,
  checkIpAddress,
  checkIsoDate,
  checkOptionalText,
  checkRequiredText,
  checkTimeZone,
  checkUrl,
} from '@clientele/shared';
import { Check } from '../../app/validation';
import { AddressInput } from './address';
import type { Client } from './client.entity';
import { LocalDate } from '../../app/local-date';

registerEnumType(ClientOrderField, {
  name: 'ClientOrderField',
  description: 'What a list of clients can be ordered by.',
  valuesConfig: {
    NAME: { description: 'Name, ignoring case and accents.' },
    CODE: { description: 'Client code.' },
    CREATED_AT: { description: 'Creation time.' },
    UPDATED_AT: { description: 'Time of the last change.' },
    RENEWAL_DATE: { description: 'CRM renewal date; clients without one come last.' },
  },
});
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending.',
  valuesConfig: {
    ASC: { description: 'Smallest first (A to Z, oldest first).' },
    DESC: { description: 'Largest first (Z to A, newest first).' },
  },
});

@InputType({ description: 'Narrows a list of clients; every criterion given must hold.' })
export class ClientFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to find as people type them, ignoring case and accents: each must begin a word of the code, name, legal name or email, one of the email domains, or the name or email of a linked contact (a partner searches by name only). Every word must match; at most 8 count.',
  })
  search?: string | null;

  @Field(() => [ClientStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: ClientStatus[] | null;

  @Field(() => ClientKind, { nullable: true, description: 'Companies or individuals only.' })
  kind?: ClientKind | null;

  @Field(() => Lifecycle, { nullable: true, description: 'Prospects or customers only.' })
  lifecycle?: Lifecycle | null;

  @Field(() => [AccountTier], { nullable: true, description: 'Any of these tiers.' })
  tier?: AccountTier[] | null;

  @Field(() => [HealthStatus], { nullable: true, description: 'Any of these health statuses.' })
  health?: HealthStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Owned by this staff member.' })
  accountOwnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Managed by this partner.' })
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Member of this account group.' })
  accountGroupId?: string | null;

  @Field(() => String, { nullable: true, description: 'Carrying this tag (case and accents aside).' })
  tag?: string | null;

  @Field(() => ID, { nullable: true, description: 'In this industry.' })
  industryId?: string | null;

  @Check(checkIsoDate)
  @Field(() => LocalDate, { nullable: true, description: 'Renewal on or after this date.' })
  renewsFrom?: string | null;

  @Check(checkIsoDate)
  @Field(() => LocalDate, { nullable: true, description: 'Renewal on or before this date.' })
  renewsTo?: string | null;

  @Check(checkIsoDate)
  @Field(() => String, {
    nullable: true,
    description: 'Renewal on or after this date (YYYY-MM-DD).',
    deprecationReason: 'Use `renewsFrom`, a LocalDate.',
  })
  renewalFrom?: string | null;

  @Check(checkIsoDate)
  @Field(() => String, {
    nullable: true,
    description: 'Renewal on or before this date (YYYY-MM-DD).',
    deprecationReason: 'Use `renewsTo`, a LocalDate.',
  })
  renewalTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'true: only deleted clients (restorable); false (default): only live ones.',
  })
  deleted?: boolean | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only clients whose file changed at or after this instant (`updatedAt`), for a mirror kept in sync: ' +
      'with `orderBy: { field: UPDATED_AT }` and `withDeleted: true`, page through from the last `updatedAt` ' +
      'seen, every few minutes, and nothing is missed. A change appears here 5 seconds after it was made, ' +
      'once every change made at the same moment has committed, so a cursor never passes one still being ' +
      'written.',
  })
  updatedSince?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'true: deleted clients too, as tombstones (`deletedAt` set), kept until the purge (30 days after ' +
      'deletion); a mirror older than that reads everything again. `deleted: true` still means only deleted ones.',
  })
  withDeleted?: boolean | null;
}

@InputType({ description: 'How to order a list of clients; ties are broken by id.' })
export class ClientOrder {
  @Field(() => ClientOrderField, { description: 'The field to order by.' })
  field: ClientOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}

@InputType({ description: 'A registration number of a client.' })
export class BusinessNumberInput {
  @Field(() => BusinessNumberScheme, { description: 'Which register.' })
  scheme: BusinessNumberScheme;

  @Field(() => String, { description: 'The number; spaces and dashes are ignored.' })
  value: string;
}

/**
 * How to reach a company and where it is: the fields a client's own
 * administrator may also change from the portal (`UpdateMyCompanyInput`),
 * checked the same way wherever they come from.
 */
@InputType()
export abstract class ClientContactDetailsInput {
  @Check(checkUrl)
  @Field(() => String, { nullable: true, description: 'Website; `https://` is added when missing.' })
  website?: string | null;

  @Check(checkEmail)
  @Field(() => String, { nullable: true, description: 'Main email address.' })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Main phone, international (+1 514…) or national in the billing country's format.",
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile phone, as for `phone`.' })
  mobile?: string | null;

  @ValidateNested()
  @Field(() => AddressInput, { nullable: true, description: 'Billing address; replaces the whole address.' })
  billingAddress?: AddressInput | null;

  @ValidateNested()
  @Field(() => AddressInput, { nullable: true, description: 'Shipping address; replaces the whole address.' })
  shippingAddress?: AddressInput | null;
}

/**
 * The Info tab's fields, shared by create and update. Omitted fields are left
 * as they are (update) or take their default (create); `null` clears.
 * Checks that need no other field run here; the rest (a company needs a name,
 * phones read in the client's country, uniqueness) run in the service.
 */
@InputType()
export abstract class ClientInfoInput
  extends ClientContactDetailsInput
  implements Partial<Record<keyof Client, unknown>>
{
  @Check(checkClientCode)
  @Field(() => String, {
    nullable: true,
    description: 'Unique code; left empty on creation, the next `C-000001`-style code is generated.',
  })
  code?: string | null;

  @Check((v: unknown) => checkOptionalText(v, 200))
  @Field(() => String, {
    nullable: true,
    description:
      'Company name (required for a company, at most 200 characters); for an individual, defaults to first and last name.',
  })
  name?: string | null;

  @Check((v: unknown) => checkOptionalText(v, LIMITS.legalName))
  @Field(() => String, { nullable: true, description: 'Registered legal name.' })
  legalName?: string | null;

  @Field(() => ClientKind, { nullable: true, description: 'Company or individual.' })
  kind?: ClientKind | null;

  @Check((v: unknown) => checkOptionalText(v, LIMITS.personName))
  @Field(() => String, { nullable: true, description: 'First name (required for an individual).' })
  firstName?: string | null;

  @Check((v: unknown) => checkOptionalText(v, LIMITS.personName))
  @Field(() => String, { nullable: true, description: 'Last name (required for an individual).' })
  lastName?: string | null;

  @Field(() => Lifecycle, { nullable: true, description: 'Prospect or customer.' })
  lifecycle?: Lifecycle | null;

  @Field(() => ClientStatus, { nullable: true, description: 'Active, inactive or suspended.' })
  status?: ClientStatus | null;

  @Field(() => Language, { nullable: true, description: 'Language the client is served in.' })
  language?: Language | null;

  @Check(checkCurrency)
  @Field(() => String, { nullable: true, description: 'ISO 4217 currency (CAD, EUR).' })
  currency?: string | null;

  @Check(checkTimeZone)
  @Field(() => String, { nullable: true, description: 'IANA time zone (America/Toronto).' })
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'Fax, as for `phone`.' })
  fax?: string | null;

  @Check((v: unknown) => checkOptionalText(v, LIMITS.reference))
  @Field(() => String, { nullable: true, description: "The client's own reference for us." })
  clientReference?: string | null;

  @Check((v: unknown) => checkOptionalText(v, LIMITS.description))
  @Field(() => String, { nullable: true, description: 'Free description (at most 5 000 characters).' })
  description?: string | null;

  @Field(() => ClientRegard, { nullable: true, description: 'How the operator regards the client.' })
  regard?: ClientRegard | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the platform emails the client's users." })
  notificationsEnabled?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When the client registered.' })
  registeredAt?: Date | null;

  @Check(checkIpAddress)
  @Field(() => String, {
    nullable: true,
    description: 'IP address the client registered from (IPv4 or IPv6).',
  })
  registrationIp?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number verified with the client.' })
  verifiedPhone?: string | null;

  @Field(() => ID, { nullable: true, description: 'Parent client (head office).' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The client who pays this one’s invoices.' })
  billToId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Email domains (acme.ca); each belongs to one client only. Replaces the list.',
  })
  domains?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Free tags. Replaces the list.' })
  tags?: string[] | null;

  @Field(() => [BusinessNumberInput], {
    nullable: true,
    description: 'Registration numbers. Replaces the list.',
  })
  businessNumbers?: BusinessNumberInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Account groups. Replaces the list.' })
  accountGroupIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Service plan.' })
  planId?: string | null;

  @Field(() => IdentityProvider, {
    nullable: true,
    description: "How the client's users sign in to the services.",
  })
  identityProvider?: IdentityProvider | null;
}

@InputType({ description: 'A new client file.' })
export class CreateClientInput extends ClientInfoInput {
  @Check((v: unknown) => checkOptionalText(v, 100))
  @Field(() => String, {
    nullable: true,
    description: 'Any unique string: a retry with the same key returns the client the first call created.',
  })
  idempotencyKey?: string | null;
}

/*
 * On creation, who the client is must be said — a company's name, an
 * individual's first and last name — checked with the other fields so every
 * refusal comes back at once. (On update the stored kind decides: see
 * normalizeClientInfo.)
 */
const isIndividual = (input: CreateClientInput) => input.kind === ClientKind.INDIVIDUAL;
Check<CreateClientInput>((v, input) => (isIndividual(input) ? null : checkRequiredText(v, 200)))(
  CreateClientInput.prototype,
  'name',
);
for (const field of ['firstName', 'lastName'] as const) {
  Check<CreateClientInput>((v, input) =>
    isIndividual(input) ? checkRequiredText(v, LIMITS.personName) : null,
  )(CreateClientInput.prototype, field);
}

@InputType({ description: 'Changes to the Info tab of a client file.' })
export class UpdateClientInput extends ClientInfoInput {
  @Field(() => ID, { description: 'The client.' })
  id: string;

  @Field(() => Int, {
    description: 'The version read; a newer one on the server refuses the update with CONFLICT.',
  })
  version: number;
}

@InputType({ description: 'Clients to delete (restorable for the retention period).' })
export class DeleteClientsInput {
  @Field(() => [ID], { description: 'The clients, at most 500.' })
  ids: string[];
}

@InputType({
  description: 'Deleted clients to bring back together, all or none (an undo of `deleteClients`).',
})
export class RestoreClientsInput {
  @Field(() => [ID], { description: 'The clients, at most 500; those already live are left as they are.' })
  ids: string[];
}

@InputType({ description: 'A deleted client to bring back.' })
export class RestoreClientInput {
  @Field(() => ID, { description: 'The client.' })
  id: string;
}
