import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { checkOptionalText, checkRequiredText } from '@clientele/shared';
import { Check } from '../../app/validation';
import { SessionKind } from './session.entity';

/**
 * What a mutation with nothing else to say takes: an id of the caller's own
 * choosing, answered back as it was sent (Relay's `clientMutationId`), to tie
 * an answer to the request that made it.
 */
@InputType({ description: 'Nothing but an id of your own, answered back.' })
export class ClientMutationInput {
  @Check((v: unknown) => checkOptionalText(v, 100))
  @Field(() => String, {
    nullable: true,
    description: 'Any id of yours (up to 100 characters), answered back.',
  })
  clientMutationId?: string | null;
}

@InputType({ description: 'Credentials to sign in with.' })
export class SignInInput {
  @Check((v: unknown) => checkRequiredText(v, 254))
  @Field(() => String, { description: 'Email address (staff) or user code.' })
  login: string;

  @Check((v: unknown) => checkRequiredText(v, 1024))
  @Field(() => String, { description: 'Password.' })
  password: string;

  @Field(() => SessionKind, {
    defaultValue: SessionKind.COOKIE,
    description:
      'COOKIE (the console; the token is set as an httpOnly cookie) or BEARER (an app; the token is returned once).',
  })
  kind: SessionKind;
}

@InputType({ description: 'A new password, proven by the current one.' })
export class ChangePasswordInput extends ClientMutationInput {
  @Field(() => String, { description: 'The current password.' })
  currentPassword: string;

  @Field(() => String, { description: 'The new password: at least 12 characters, not easy to guess.' })
  newPassword: string;
}

@InputType({ description: 'Who forgot their password.' })
export class RequestPasswordResetInput extends ClientMutationInput {
  @Check((v: unknown) => checkRequiredText(v, 254))
  @Field(() => String, { description: 'The account’s email address.' })
  email: string;
}

@InputType({ description: 'A new password, proven by the link sent by email.' })
export class ResetPasswordInput extends ClientMutationInput {
  @Field(() => String, { description: 'The token from the link.' })
  token: string;

  @Field(() => String, { description: 'The new password: at least 12 characters, not easy to guess.' })
  password: string;
}

@InputType({ description: 'One of your sessions to end.' })
export class RevokeSessionInput extends ClientMutationInput {
  @Field(() => ID, { description: 'The session.' })
  id: string;
}

/** What a mutation that only acts answers: that it did, and the caller's id back. */
@ObjectType()
export abstract class DonePayload {
  @Field(() => Boolean, { description: 'Always true: a refusal is an error.' })
  done: boolean;

  @Field(() => String, { nullable: true, description: 'The `clientMutationId` sent, if any.' })
  clientMutationId: string | null;
}

@ObjectType({ description: 'The result of `revokeSession`.' })
export class RevokeSessionPayload extends DonePayload {
  @Field(() => ID, { description: 'The session ended.' })
  sessionId: string;
}

@ObjectType({ description: 'The result of `revokeOtherSessions`.' })
export class RevokeOtherSessionsPayload extends DonePayload {
  @Field(() => Int, { description: 'How many sessions ended.' })
  revokedCount: number;
}

@ObjectType({ description: 'The result of `actAsContact`.' })
export class ActAsContactPayload extends DonePayload {
  @Field(() => Date, { description: 'When the acting ends by itself (an hour at most).' })
  expiresAt: Date;
}

@ObjectType({ description: 'The result of `signOut`.' })
export class SignOutPayload extends DonePayload {}

@ObjectType({ description: 'The result of `stopActingAsContact`.' })
export class StopActingAsContactPayload extends DonePayload {}

@ObjectType({ description: 'The result of `changePassword`: your other sessions have ended.' })
export class ChangePasswordPayload extends DonePayload {}

@ObjectType({
  description: 'The result of `requestPasswordReset`: the same whether or not the address is a user’s.',
})
export class RequestPasswordResetPayload extends DonePayload {}

@ObjectType({ description: 'The result of `resetPassword`: every session of the user has ended.' })
export class ResetPasswordPayload extends DonePayload {}

/** The answer of a mutation that only acts, with the caller's id back. */
export const done = (input?: ClientMutationInput | null): DonePayload => ({
  done: true,
  clientMutationId: input?.clientMutationId ?? null,
});
