import { Field, InputType } from 'type-graphql';
import { checkRequiredText } from '@clientele/shared';
import { Check } from '../../app/validation';
import { SessionKind } from './session.entity';

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
export class ChangePasswordInput {
  @Field(() => String, { description: 'The current password.' })
  currentPassword: string;

  @Field(() => String, { description: 'The new password: at least 12 characters, not easy to guess.' })
  newPassword: string;
}

@InputType({ description: 'Who forgot their password.' })
export class RequestPasswordResetInput {
  @Check((v: unknown) => checkRequiredText(v, 254))
  @Field(() => String, { description: 'The account’s email address.' })
  email: string;
}

@InputType({ description: 'A new password, proven by the link sent by email.' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the link.' })
  token: string;

  @Field(() => String, { description: 'The new password: at least 12 characters, not easy to guess.' })
  password: string;
}
