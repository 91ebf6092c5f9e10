import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ActorType, ErrorCode, FieldErrorCode } from '@clientele/shared';
import { ConnectionType, PageArgs, pageOfList, useConnection } from '../../app/connection';
import { callerOf, type GraphQLContext } from '../../app/context';
import { AppError, badUserInput, fieldError } from '../../app/errors';
import { User } from '../users/user.entity';
import { PortalAccount } from '../access/portal-account.entity';
import { Contact } from '../contacts/contact.entity';
import { Partner, PartnerUser } from '../partners/partner.entity';
import {
  ActAsContactPayload,
  ChangePasswordInput,
  ChangePasswordPayload,
  ClientMutationInput,
  done,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResetPasswordInput,
  ResetPasswordPayload,
  RevokeOtherSessionsPayload,
  RevokeSessionInput,
  RevokeSessionPayload,
  SignInInput,
  SignOutPayload,
  StopActingAsContactPayload,
} from './auth.input';
import type { Principal } from './auth.service';
import { Session, SessionKind } from './session.entity';

@ObjectType({ description: 'The result of `signIn`.' })
export class SignInPayload {
  @Field(() => User, {
    nullable: true,
    description: 'The staff user who signed in; null for a client contact.',
  })
  user: User | null;

  @Field(() => PortalAccount, {
    nullable: true,
    description: 'The client contact who signed in; null for staff.',
  })
  portalAccount: PortalAccount | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For BEARER sessions only, the token, shown this once: send it as `Authorization: Bearer <token>`.',
  })
  token: string | null;

  @Field(() => Date, { description: 'When the session ends unless used again.' })
  expiresAt: Date;
}

@ObjectType({ description: 'Who is signed in.' })
export class Viewer {
  @Field(() => User, { nullable: true, description: 'The signed-in staff user; null for a client contact.' })
  user: User | null;

  @Field(() => PortalAccount, {
    nullable: true,
    description: 'The signed-in client contact; null for staff.',
  })
  portalAccount: PortalAccount | null;

  @Field(() => PartnerUser, {
    nullable: true,
    description: 'The signed-in partner user, if that is who it is.',
  })
  partnerUser: PartnerUser | null;

  @Field(() => Contact, {
    nullable: true,
    description: 'The signed-in client contact as a person (their name and language); null for staff.',
  })
  contact: Contact | null;

  @Field(() => Partner, { nullable: true, description: 'Their partner organisation.' })
  partner: Partner | null;

  @Field(() => ID, { description: 'The current session.' })
  sessionId: string;

  @Field(() => User, {
    nullable: true,
    description: 'When an administrator is acting as this client contact: the administrator (show a banner).',
  })
  actingFor: User | null;
}

@InputType({ description: 'Whom to act as.' })
export class ActAsContactInput extends ClientMutationInput {
  @Field(() => ID, { description: 'The access grant of the contact (active).' })
  accessId: string;
}

/** Who the signed-in person is, staff or client contact. */
function principalOf(context: GraphQLContext): Principal {
  if (context.user) return { type: ActorType.STAFF, id: context.user.id };
  if (context.portal) return { type: ActorType.CONTACT, id: context.portal.account.id };
  if (context.partner) return { type: ActorType.PARTNER, id: context.partner.user.id };
  throw new AppError(ErrorCode.UNAUTHENTICATED);
}

/**
 * Sessions and passwords are their person's, from a session of their own: not
 * a program's with an API token (which would read where its owner signs in,
 * or lock them out), and not an administrator's acting as a contact (who sees
 * what the contact sees, but neither reads their sessions nor signs them out
 * nor changes their password).
 */
function refuseUnlessInPerson(context: GraphQLContext): void {
  if (context.apiToken || context.portal?.actingFor) {
    throw new AppError(ErrorCode.FORBIDDEN);
  }
}

const SessionConnection = ConnectionType(Session, 'Session');

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { nullable: true, description: 'Who is signed in on this request; null when nobody.' })
  me(@Ctx() context: GraphQLContext): Viewer | null {
    if (!context.session || (!context.user && !context.portal && !context.partner)) return null;
    return {
      user: context.user,
      portalAccount: context.portal?.account ?? null,
      contact: context.portal?.contact ?? null,
      partnerUser: context.partner?.user ?? null,
      partner: context.partner?.partner ?? null,
      sessionId: context.session.id,
      actingFor: context.portal?.actingFor ?? null,
    };
  }

  @Query(() => SessionConnection, {
    description: 'The signed-in user’s open sessions (browsers and apps), a page at a time.',
  })
  async mySessionsConnection(@Ctx() context: GraphQLContext, @Args(() => PageArgs) page: PageArgs) {
    refuseUnlessInPerson(context);
    return pageOfList(await context.services.auth.openSessions(principalOf(context)), page);
  }

  @Query(() => [Session], {
    description: 'The signed-in user’s open sessions (browsers and apps).',
    deprecationReason: useConnection('mySessionsConnection'),
  })
  mySessions(@Ctx() context: GraphQLContext) {
    refuseUnlessInPerson(context);
    return context.services.auth.openSessions(principalOf(context));
  }

  @Mutation(() => SignInPayload, { description: 'Signs in and opens a session.' })
  async signIn(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => SignInInput, { description: 'Credentials.' }) input: SignInInput,
  ): Promise<SignInPayload> {
    const { session, secret, user, account } = await context.services.auth.signIn(
      input.login,
      input.password,
      input.kind,
      context.origin,
      context.locale,
    );
    if (input.kind === SessionKind.COOKIE) context.http?.setSessionCookie(secret, session.expiresAt);
    // The answer is the new session's: read as whoever just signed in (like a first sign-in, with
    // no session), not within the allow-lists of a partner or contact whose session this request held.
    Object.assign(context, { user, partner: null, portal: null, apiToken: null });
    return {
      user,
      portalAccount: account,
      token: input.kind === SessionKind.BEARER ? secret : null,
      expiresAt: session.expiresAt,
    };
  }

  @Mutation(() => SignOutPayload, {
    description: 'Ends the current session (or, when acting as a contact, the acting).',
  })
  async signOut(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => ClientMutationInput, {
      nullable: true,
      description: 'An id of yours, answered back.',
    })
    input: ClientMutationInput | null,
  ): Promise<SignOutPayload> {
    // Signing out of an acting session is coming back from it, and recorded as such.
    if (context.portal?.actingFor) return this.stopActingAsContact(context, input);
    if (context.session) await context.services.auth.signOut(context.session.id);
    context.http?.clearSessionCookie();
    return done(input);
  }

  @Mutation(() => ActAsContactPayload, {
    description:
      'An administrator opens the console as a client contact sees it; `stopActingAsContact` returns.',
  })
  async actAsContact(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => ActAsContactInput, { description: 'The contact’s access.' }) input: ActAsContactInput,
  ): Promise<ActAsContactPayload> {
    if (!context.user) throw new AppError(ErrorCode.UNAUTHENTICATED);
    const { session, secret } = await context.services.auth.actAs(
      context.user,
      input.accessId,
      context.origin,
      callerOf(context),
    );
    context.http?.setActingCookie(secret, session.expiresAt);
    return { ...done(input), expiresAt: session.expiresAt };
  }

  @Mutation(() => StopActingAsContactPayload, {
    description: 'Stops acting as a contact: one click back to one’s own console.',
  })
  async stopActingAsContact(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => ClientMutationInput, {
      nullable: true,
      description: 'An id of yours, answered back.',
    })
    input: ClientMutationInput | null,
  ): Promise<StopActingAsContactPayload> {
    if (context.portal?.actingFor && context.session) {
      await context.services.auth.stopActing(context.session, callerOf(context));
    }
    context.http?.clearActingCookie();
    return done(input);
  }

  @Mutation(() => RevokeSessionPayload, {
    description: 'Ends one of the signed-in user’s sessions (a lost phone).',
  })
  async revokeSession(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => RevokeSessionInput, { nullable: true, description: 'The session.' })
    input: RevokeSessionInput | null,
    @Arg('id', () => ID, {
      nullable: true,
      description: 'The session.',
      deprecationReason: 'Use `input: { id }`.',
    })
    legacyId: string | null,
  ): Promise<RevokeSessionPayload> {
    refuseUnlessInPerson(context);
    const id = input?.id ?? legacyId;
    if (!id) throw badUserInput([fieldError('input.id', FieldErrorCode.REQUIRED)]);
    const sessions = await context.services.auth.openSessions(principalOf(context));
    if (!sessions.some((s) => s.id === id)) throw new AppError(ErrorCode.NOT_FOUND);
    await context.services.auth.signOut(id);
    return { ...done(input), sessionId: id };
  }

  @Mutation(() => RevokeOtherSessionsPayload, {
    description:
      'Ends every session of the signed-in user but this one (a lost phone, a shared computer); answers how many ended.',
  })
  async revokeOtherSessions(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => ClientMutationInput, {
      nullable: true,
      description: 'An id of yours, answered back.',
    })
    input: ClientMutationInput | null,
  ): Promise<RevokeOtherSessionsPayload> {
    refuseUnlessInPerson(context);
    const revokedCount = await context.services.auth.endOtherSessions(
      principalOf(context),
      context.session?.id ?? null,
    );
    return { ...done(input), revokedCount };
  }

  @Mutation(() => ChangePasswordPayload, {
    description: 'Changes the signed-in user’s password; their other sessions end.',
  })
  async changePassword(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => ChangePasswordInput, { description: 'Current and new password.' })
    input: ChangePasswordInput,
  ): Promise<ChangePasswordPayload> {
    refuseUnlessInPerson(context);
    await context.services.auth.changePassword(
      principalOf(context),
      context.session?.id ?? null,
      input.currentPassword,
      input.newPassword,
      callerOf(context),
    );
    return done(input);
  }

  @Mutation(() => RequestPasswordResetPayload, {
    description: 'Emails a single-use reset link if the address is a user’s; answers alike either way.',
  })
  async requestPasswordReset(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => RequestPasswordResetInput, { description: 'The email address.' })
    input: RequestPasswordResetInput,
  ): Promise<RequestPasswordResetPayload> {
    await context.services.auth.requestPasswordReset(input.email, callerOf(context), context.origin.ip);
    return done(input);
  }

  @Mutation(() => ResetPasswordPayload, {
    description: 'Sets a new password with a reset link; every session of the user ends.',
  })
  async resetPassword(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => ResetPasswordInput, { description: 'Token and new password.' })
    input: ResetPasswordInput,
  ): Promise<ResetPasswordPayload> {
    await context.services.auth.resetPassword(input.token, input.password, callerOf(context), context.locale);
    return done(input);
  }
}

@Resolver(() => Session)
export class SessionResolver {
  @FieldResolver(() => Boolean, { description: 'Whether it is the session of this very request.' })
  current(@Root() session: Session, @Ctx() context: GraphQLContext): boolean {
    return context.session?.id === session.id;
  }
}
