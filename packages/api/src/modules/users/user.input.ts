import { Field, ID, InputType, Int } from 'type-graphql';
import { Language, StaffRole, checkEmail, checkOptionalText, checkRequiredText } from '@clientele/shared';
import { Check } from '../../app/validation';
import type { User } from './user.entity';

/** Display names: what the activity log and the console show of a person. */
export const DISPLAY_NAME_MAX = 120;

const optionalName = (v: unknown) =>
  v === undefined || v === null ? null : checkRequiredText(v, DISPLAY_NAME_MAX);

@InputType({ description: 'A new staff user; they receive an email to choose their password.' })
export class CreateUserInput implements Partial<Pick<User, 'email' | 'displayName' | 'role'>> {
  @Check((v: unknown) => checkRequiredText(v, 254) ?? checkEmail(v))
  @Field(() => String, { description: 'Sign-in email address, unique among staff.' })
  email: string;

  @Check((v: unknown) => checkRequiredText(v, DISPLAY_NAME_MAX))
  @Field(() => String, { description: 'Name shown in the console and in the activity log.' })
  displayName: string;

  @Field(() => StaffRole, { description: 'What the user may do.' })
  role: StaffRole;

  @Field(() => Language, {
    defaultValue: Language.FR,
    description: 'Their language: the console and their emails speak it. French by default.',
  })
  locale: Language;

  @Check((v: unknown) => checkOptionalText(v, 100))
  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key returns the user first created (and sends no second email).',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a staff user, with the version read.' })
export class UpdateUserInput implements Pick<User, 'id' | 'version'> {
  @Field(() => ID, { description: 'The user.' })
  id: string;

  @Field(() => Int, { description: 'The version read; a newer one answers CONFLICT.' })
  version: number;

  @Check(optionalName)
  @Field(() => String, { nullable: true, description: 'New name.' })
  displayName?: string | null;

  @Field(() => StaffRole, {
    nullable: true,
    description: 'New role. Nobody demotes themselves, and one active administrator always remains.',
  })
  role?: StaffRole | null;

  @Field(() => Language, { nullable: true, description: 'New language.' })
  locale?: Language | null;
}

@InputType({ description: 'A staff user to act on.' })
export class UserRefInput {
  @Field(() => ID, { description: 'The user.' })
  id: string;
}

@InputType({ description: 'What signed-in staff users may change about themselves.' })
export class UpdateMeInput {
  @Field(() => Language, { nullable: true, description: 'Language of the console and of their emails.' })
  locale?: Language | null;

  @Check(optionalName)
  @Field(() => String, { nullable: true, description: 'Name shown in the console and in the activity log.' })
  displayName?: string | null;
}
