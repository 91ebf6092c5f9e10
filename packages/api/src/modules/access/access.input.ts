import { Field, ID, InputType, Int } from 'type-graphql';
import { AccessRole, checkEmail } from '@clientele/shared';
import { Check } from '../../app/validation';

@InputType({ description: 'Give a linked contact access to the client’s file (seed 004).' })
export class GrantAccessInput {
  @Field(() => ID, { description: 'The client.' })
  clientId: string;

  @Field(() => ID, { description: 'The contact; must be linked to the client.' })
  contactId: string;

  @Field(() => AccessRole, { defaultValue: AccessRole.CLIENT_USER, description: 'What they may do.' })
  role: AccessRole;

  @Field(() => String, {
    nullable: true,
    description:
      'User code (3–32 letters, digits, dashes); generated from the client code when empty. Ignored if the contact already has one.',
  })
  userCode?: string | null;

  @Check(checkEmail)
  @Field(() => String, { nullable: true, description: 'Sign-in email; the contact’s email when empty.' })
  email?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'IPv4/IPv6 addresses or CIDR ranges; empty: anywhere.',
  })
  ipAllowList?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Limit to one of the operator's branches." })
  branchId?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: '“Save and send email”: email the contact a single-use link to choose their password.',
  })
  sendEmail: boolean;
}

@InputType({ description: 'Changes to an access.' })
export class UpdateAccessInput {
  @Field(() => ID, { description: 'The access grant.' })
  id: string;

  @Field(() => Int, {
    description: 'The version read; a newer one on the server refuses the update with CONFLICT.',
  })
  version: number;

  @Field(() => AccessRole, { nullable: true, description: 'What they may do.' })
  role?: AccessRole | null;

  @Field(() => [String], {
    nullable: true,
    description: 'IPv4/IPv6 addresses or CIDR ranges; empty: anywhere.',
  })
  ipAllowList?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Branch restriction; null removes it.' })
  branchId?: string | null;
}

@InputType({ description: 'An access to act on.' })
export class AccessRefInput {
  @Field(() => ID, { description: 'The access grant.' })
  id: string;
}

@InputType({ description: 'A contact accepting their invitation by choosing a password.' })
export class AcceptAccessInvitationInput {
  @Field(() => String, { description: 'The token from the emailed link.' })
  token: string;

  @Field(() => String, { description: 'The password: at least 12 characters, not easy to guess.' })
  password: string;
}
