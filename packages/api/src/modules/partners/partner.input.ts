import { Field, ID, InputType, Int } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { IdentityProvider, LIMITS, checkEmail, checkRequiredText } from '@clientele/shared';
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

@InputType({ description: 'Changes to a partner.' })
export class UpdatePartnerInput {
  @Field(() => ID, { description: 'The partner.' })
  id: string;

  @Field(() => Int, { description: 'The version read.' })
  version: number;

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
