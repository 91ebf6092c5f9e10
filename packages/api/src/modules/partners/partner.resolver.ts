import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, PageArgs, pageOfList, useConnection } from '../../app/connection';
import { ErrorCode, PartnerInvitationStatus, StaffRole } from '@clientele/shared';
import { callerOf, type GraphQLContext } from '../../app/context';
import { AppError } from '../../app/errors';
import { Client } from '../clients/client.entity';
import { PartnerInvitation } from './partner-invitation.entity';
import { Partner, PartnerUser } from './partner.entity';
import {
  SetPartnerClientNotificationsInput,
  CreatePartnerClientInput,
  CreatePartnerInput,
  CreatePartnerUserInput,
  CreateServicePlanInput,
  PartnerInvitationRefInput,
  RespondToPartnerInvitationInput,
  UpdatePartnerInput,
  UpdateServicePlanInput,
} from './partner.input';
import { ServicePlan } from './service-plan.entity';
import { PartnerUserPayload } from './partner-user.resolver';
import { ClientPayload } from '../clients/client.resolver';

@ObjectType({ description: 'The result of a mutation on a partner invitation.' })
export class PartnerInvitationPayload {
  @Field(() => PartnerInvitation, { description: 'The invitation as it now is.' })
  invitation: PartnerInvitation;
}

function partnerOf(context: GraphQLContext): Partner {
  if (!context.partner) throw new AppError(ErrorCode.FORBIDDEN);
  return context.partner.partner;
}

const PartnerConnection = ConnectionType(Partner, 'Partner');

@ObjectType({ description: 'The result of `createPartner` or `updatePartner`.' })
export class PartnerPayload {
  @Field(() => Partner, { description: 'The partner as it now is.' })
  partner: Partner;
}

@ObjectType({ description: 'The result of `createServicePlan` or `updateServicePlan`.' })
export class ServicePlanPayload {
  @Field(() => ServicePlan, { description: 'The plan as it now is.' })
  servicePlan: ServicePlan;
}

const ServicePlanConnection = ConnectionType(ServicePlan, 'ServicePlan');

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => PartnerConnection, { description: 'Every partner organisation, a page at a time.' })
  async partnersConnection(@Ctx() { services }: GraphQLContext, @Args(() => PageArgs) page: PageArgs) {
    return pageOfList(await services.partners.listPartners(), page);
  }

  @Query(() => [Partner], {
    description: 'Every partner organisation.',
    deprecationReason: useConnection('partnersConnection'),
  })
  partners(@Ctx() { services }: GraphQLContext) {
    return services.partners.listPartners();
  }

  @FieldResolver(() => [PartnerUser], {
    description: 'The people of the partner who sign in, by name (administrators only).',
  })
  users(@Root() partner: Partner, @Ctx() context: GraphQLContext) {
    // Partner is reachable from a client file (portal, partner): its people are the operator's business.
    if (context.user?.role !== StaffRole.ADMIN || context.apiToken) throw new AppError(ErrorCode.FORBIDDEN);
    return context.services.dataSource
      .getRepository(PartnerUser)
      .find({ where: { partnerId: partner.id }, order: { displayName: 'ASC' } });
  }

  @Query(() => ServicePlanConnection, {
    description:
      'Service plans on offer, a page at a time; for a partner, only those its certifications allow.',
  })
  async servicePlansConnection(
    @Ctx() context: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('includeArchived', () => Boolean, {
      defaultValue: false,
      description: 'Retired plans too (staff only; a partner sees only what it may sell).',
    })
    includeArchived: boolean,
  ) {
    return pageOfList(
      await context.services.partners.listPlans(context.partner?.partner ?? null, includeArchived),
      page,
    );
  }

  @Query(() => [ServicePlan], {
    description: 'Service plans on offer; for a partner, only those its certifications allow.',
    deprecationReason: useConnection('servicePlansConnection'),
  })
  servicePlans(
    @Ctx() context: GraphQLContext,
    @Arg('includeArchived', () => Boolean, {
      defaultValue: false,
      description: 'Retired plans too (staff only; a partner sees only what it may sell).',
    })
    includeArchived: boolean,
  ) {
    return context.services.partners.listPlans(context.partner?.partner ?? null, includeArchived);
  }

  @Mutation(() => PartnerPayload, { description: 'Adds a partner organisation.' })
  async createPartner(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreatePartnerInput, { description: 'The partner.' }) input: CreatePartnerInput,
  ) {
    return { partner: await context.services.partners.createPartner(input, callerOf(context)) };
  }

  @Mutation(() => PartnerPayload, { description: 'Renames a partner or changes its certifications.' })
  async updatePartner(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdatePartnerInput, { description: 'The changes, with the version read.' })
    input: UpdatePartnerInput,
  ) {
    return { partner: await context.services.partners.updatePartner(input, callerOf(context)) };
  }

  @Mutation(() => ServicePlanPayload, { description: 'Adds a service plan.' })
  async createServicePlan(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreateServicePlanInput, { description: 'The plan.' }) input: CreateServicePlanInput,
  ) {
    return { servicePlan: await context.services.partners.createPlan(input, callerOf(context)) };
  }

  @Mutation(() => ServicePlanPayload, {
    description: 'Renames a plan, changes the certification it requires, retires it or offers it again.',
  })
  async updateServicePlan(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateServicePlanInput, { description: 'The changes, with the version read.' })
    input: UpdateServicePlanInput,
  ) {
    return { servicePlan: await context.services.partners.updatePlan(input, callerOf(context)) };
  }

  @Mutation(() => PartnerUserPayload, { description: 'Adds a user to a partner organisation.' })
  async createPartnerUser(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreatePartnerUserInput, { description: 'The user.' }) input: CreatePartnerUserInput,
  ) {
    return { partnerUser: await context.services.partners.createUser(input, callerOf(context)) };
  }

  @Mutation(() => ClientPayload, {
    description:
      'A partner adds a client; its administrator is invited, and the card shows the invitation PENDING until they accept.',
  })
  async createPartnerClient(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreatePartnerClientInput, { description: 'Company, administrator, plan.' })
    input: CreatePartnerClientInput,
  ): Promise<ClientPayload> {
    return {
      client: await context.services.partners.createClient(partnerOf(context), input, callerOf(context)),
    };
  }

  @Mutation(() => ClientPayload, {
    description:
      "Seed 001: the partner turns on its client's email notifications once things are set up (or off again); recorded in the client's activity log.",
  })
  async setPartnerClientNotifications(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => SetPartnerClientNotificationsInput, { description: 'The client and the setting.' })
    input: SetPartnerClientNotificationsInput,
  ): Promise<ClientPayload> {
    return {
      client: await context.services.partners.setNotifications(
        partnerOf(context),
        input.clientId,
        input.enabled,
        callerOf(context),
      ),
    };
  }

  @Mutation(() => PartnerInvitationPayload, {
    description: 'The partner sends its invitation again (new link, new expiry).',
  })
  async resendPartnerInvitation(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => PartnerInvitationRefInput, { description: 'The invitation.' })
    input: PartnerInvitationRefInput,
  ): Promise<PartnerInvitationPayload> {
    return {
      invitation: await context.services.partners.resendOrCancel(
        partnerOf(context),
        input.id,
        'resend',
        callerOf(context),
      ),
    };
  }

  @Mutation(() => PartnerInvitationPayload, { description: 'The partner withdraws its invitation.' })
  async cancelPartnerInvitation(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => PartnerInvitationRefInput, { description: 'The invitation.' })
    input: PartnerInvitationRefInput,
  ): Promise<PartnerInvitationPayload> {
    return {
      invitation: await context.services.partners.resendOrCancel(
        partnerOf(context),
        input.id,
        'cancel',
        callerOf(context),
      ),
    };
  }

  @Mutation(() => PartnerInvitationPayload, {
    description: "The client's administrator accepts or declines a partner.",
  })
  async respondToPartnerInvitation(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => RespondToPartnerInvitationInput, { description: 'The answer.' })
    input: RespondToPartnerInvitationInput,
  ): Promise<PartnerInvitationPayload> {
    if (!context.portal) throw new AppError(ErrorCode.FORBIDDEN);
    return {
      invitation: await context.services.partners.respond(
        context.portal.account.id,
        input.invitationId,
        input.accept,
        callerOf(context),
        context.portal.clientIds,
      ),
    };
  }
}

@Resolver(() => Client)
export class ClientPartnerResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'City of the billing address: what a card shows.',
  })
  city(@Root() client: Client): string | null {
    return client.billingAddress?.city ?? null;
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The managing partner, if any.' })
  partner(@Root() client: Client, @Ctx() { loaders }: GraphQLContext) {
    return client.partnerId ? loaders.partner.load(client.partnerId) : null;
  }

  @FieldResolver(() => ServicePlan, { nullable: true, description: 'The service plan.' })
  plan(@Root() client: Client, @Ctx() { loaders }: GraphQLContext) {
    return client.planId ? loaders.plan.load(client.planId) : null;
  }

  @FieldResolver(() => PartnerInvitation, {
    nullable: true,
    description: 'The latest partner invitation, and where it stands.',
  })
  partnerInvitation(@Root() client: Client, @Ctx() { loaders }: GraphQLContext) {
    return loaders.partnerInvitation.load(client.id);
  }

  @FieldResolver(() => PartnerInvitationStatus, {
    nullable: true,
    description:
      'Where the managing partner’s access to this file stands: ACCEPTED, it reads the whole file; ' +
      'PENDING, DECLINED, CANCELLED or EXPIRED, the card only (id, name, city, partner, plan, ' +
      'partnerInvitation, partnerAccess, notificationsEnabled, updatedAt, deletedAt), and every other ' +
      'field reads null for it, ' +
      'without an error. Null when no partner manages the client.',
  })
  async partnerAccess(
    @Root() client: Client,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<PartnerInvitationStatus | null> {
    if (!client.partnerId) return null;
    const invitation = await loaders.partnerInvitation.load(client.id);
    return invitation?.partnerId === client.partnerId ? invitation.status : null;
  }
}
