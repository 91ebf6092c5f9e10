import { Field, ID, InputType, Int } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import {
  IdentityProvider,
  LIMITS,
  checkEmail,
  checkOptionalText,
  checkRequiredText,
} from '@clientele/shared';
import { Check } from '../../app/validation';
import { AddressInput } from '../clients/address';

@InputType({ description: 'A new partner organisation.' })
export class CreatePartnerInput {
  @Check((v: unknown) => checkRequiredText(v, 200))
  @Field(() => String, { description: 'Name, unique.' })
  name: string;

  @Field(() => [String], { defaultValue: [], description: 'Certification codes held.' })
  certifications: string[];
}

/** Optional text: checked only when given (omitted or null leaves the value as it is). */
const whenGiven = (max: number) => (v: unknown) =>
  v === undefined || v === null ? null : checkRequiredText(v, max);

@InputType({ description: 'Changes to a partner; omitted fields stay as they are.' })
export class UpdatePartnerInput {
  @Field(() => ID, { description: 'The partner.' })
  id: string;

  @Field(() => Int, { description: 'The version read; a newer one on the server refuses with CONFLICT.' })
  version: number;

  @Check(whenGiven(200))
  @Field(() => String, { nullable: true, description: 'New name, unique among partners.' })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: 'Certification codes held. Replaces the list.' })
  certifications?: string[] | null;
}

@InputType({ description: 'A new service plan.' })
export class CreateServicePlanInput {
  @Check((v: unknown) => checkRequiredText(v, 40))
  @Field(() => String, { description: 'Short unique code.' })
  code: string;

  @Check((v: unknown) => checkRequiredText(v, 120))
  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Certification a partner needs to sell it.' })
  requiredCertification?: string | null;
}

@InputType({
  description:
    'Changes to a service plan; omitted fields stay as they are. Its code never changes: clients and exports refer to it.',
})
export class UpdateServicePlanInput {
  @Field(() => ID, { description: 'The plan.' })
  id: string;

  @Field(() => Int, { description: 'The version read; a newer one on the server refuses with CONFLICT.' })
  version: number;

  @Check(whenGiven(120))
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Check((v: unknown) => checkOptionalText(v, 40))
  @Field(() => String, {
    nullable: true,
    description:
      'Certification a partner needs to sell it; empty: any partner. Clients already on the plan keep it.',
  })
  requiredCertification?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Retire (true): no longer offered, clients already on it keep it; or offer again (false).',
  })
  archived?: boolean | null;
}

@InputType({ description: 'A new user of a partner.' })
export class CreatePartnerUserInput {
  @Field(() => ID, { description: 'The partner.' })
  partnerId: string;

  @Check(checkEmail)
  @Field(() => String, { description: 'Sign-in email.' })
  email: string;

  @Check((v: unknown) => checkRequiredText(v, 120))
  @Field(() => String, { description: 'Name.' })
  displayName: string;

  @Field(() => String, { description: 'Initial password (at least 12 characters); they can change it.' })
  password: string;
}

@InputType({
  description: "The client's primary administrator, invited to accept the partner (seed 000, step 2).",
})
export class PartnerClientAdminInput {
  @Check((v: unknown) => checkRequiredText(v, LIMITS.personName))
  @Field(() => String, { description: 'First name.' })
  firstName: string;

  @Check((v: unknown) => checkRequiredText(v, LIMITS.personName))
  @Field(() => String, { description: 'Last name.' })
  lastName: string;

  @Check((v: unknown) => checkRequiredText(v, 254) ?? checkEmail(v))
  @Field(() => String, { description: 'Email: where the invitation goes.' })
  email: string;

  @Field(() => String, { nullable: true, description: 'Phone.' })
  phone?: string | null;
}

@InputType({
  description: 'A partner adds a client (seed 000): the company, then its primary administrator and plan.',
})
export class CreatePartnerClientInput {
  @Check((v: unknown) => checkRequiredText(v, 200))
  @Field(() => String, { description: 'Company name.' })
  name: string;

  @ValidateNested()
  @Field(() => AddressInput, { nullable: true, description: 'Company address.' })
  address?: AddressInput | null;

  @ValidateNested()
  @Field(() => PartnerClientAdminInput, { description: "The client's primary administrator." })
  admin: PartnerClientAdminInput;

  @Field(() => IdentityProvider, {
    defaultValue: IdentityProvider.CLIENTELE,
    description: 'How its users sign in.',
  })
  identityProvider: IdentityProvider;

  @Field(() => ID, { description: 'The plan: one the partner’s certifications allow.' })
  planId: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Email the client’s users (off by default, seed 001).',
  })
  notificationsEnabled: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key returns the client first created.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: "The client administrator's answer to a partner's invitation." })
export class RespondToPartnerInvitationInput {
  @Field(() => ID, { description: 'The invitation.' })
  invitationId: string;

  @Field(() => Boolean, { description: 'true to accept, false to decline.' })
  accept: boolean;
}

@InputType({ description: 'A partner invitation to act on.' })
export class PartnerInvitationRefInput {
  @Field(() => ID, { description: 'The invitation.' })
  id: string;
}

@InputType({ description: "Turns a partner's client's email notifications on or off (seed 001)." })
export class SetPartnerClientNotificationsInput {
  @Field(() => ID, { description: 'One of the partner’s clients.' })
  clientId: string;

  @Field(() => Boolean, {
    description:
      "true: the platform emails the client's users (invitations, password resets); false: nothing.",
  })
  enabled: boolean;
}
