import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import {
  ContactOrderField,
  ContactType,
  LIMITS,
  Language,
  SocialNetwork,
  SortDirection,
  checkEmail,
  checkOptionalText,
  checkTimeZone,
} from '@clientele/shared';
import { Check } from '../../app/validation';
import { AddressInput } from '../clients/address';

registerEnumType(ContactOrderField, {
  name: 'ContactOrderField',
  description: 'What a list of contacts can be ordered by.',
  valuesConfig: {
    NAME: { description: 'First and last name, ignoring case and accents.' },
    CREATED_AT: { description: 'Creation time.' },
    UPDATED_AT: {
      description: 'Last change to the contact’s details: the order a mirror reads (`updatedSince`).',
    },
  },
});

@InputType({ description: 'How a list of contacts is ordered: the shape `clients` takes too.' })
export class ContactOrder {
  @Field(() => ContactOrderField, { description: 'The field to order by.' })
  field: ContactOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}

@InputType({ description: 'A handle on a social network.' })
export class SocialHandleInput {
  @Field(() => SocialNetwork, { description: 'The network.' })
  network: SocialNetwork;

  @Check((v: unknown) => checkOptionalText(v, LIMITS.socialHandle))
  @Field(() => String, { description: 'The handle or profile address.' })
  handle: string;
}

/** A contact's own fields, shared by create and update; omitted fields stay, null clears. */
@InputType()
export abstract class ContactFieldsInput {
  @Check((v: unknown) => checkOptionalText(v, LIMITS.personName))
  @Field(() => String, { nullable: true, description: 'First name (required).' })
  firstName?: string | null;

  @Check((v: unknown) => checkOptionalText(v, LIMITS.personName))
  @Field(() => String, { nullable: true, description: 'Last name (required).' })
  lastName?: string | null;

  @Check(checkEmail)
  @Field(() => String, { nullable: true, description: 'Email; unique among contacts.' })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phone, international or national in the contact’s country.',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile, as for `phone`.' })
  mobile?: string | null;

  @Field(() => Language, { nullable: true, description: 'Language the contact is written to in.' })
  language?: Language | null;

  @Check(checkTimeZone)
  @Field(() => String, { nullable: true, description: 'IANA time zone.' })
  timeZone?: string | null;

  @ValidateNested()
  @Field(() => AddressInput, {
    nullable: true,
    description: 'Where the contact works; replaces the whole address.',
  })
  address?: AddressInput | null;

  @ValidateNested({ each: true })
  @Field(() => [SocialHandleInput], { nullable: true, description: 'Social handles. Replaces the list.' })
  socialHandles?: SocialHandleInput[] | null;
}

@InputType({ description: 'Where to link a new or existing contact.' })
export class ContactLinkFields {
  @Check((v: unknown) => checkOptionalText(v, LIMITS.contactTitle))
  @Field(() => String, { nullable: true, description: 'Job title at this client.' })
  title?: string | null;

  @Check((v: unknown) => checkOptionalText(v, LIMITS.department))
  @Field(() => String, { nullable: true, description: 'Department at this client.' })
  department?: string | null;

  @Field(() => ContactType, { nullable: true, description: 'Role for this client (OTHER by default).' })
  type?: ContactType | null;
}

@InputType({ description: 'A new contact, optionally linked to a client at once.' })
export class CreateContactInput extends ContactFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Link the new contact to this client.' })
  clientId?: string | null;

  @ValidateNested()
  @Field(() => ContactLinkFields, {
    nullable: true,
    description: 'Title, department and role at that client.',
  })
  link?: ContactLinkFields | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Make them the client’s primary contact.',
  })
  primary?: boolean | null;

  @Check((v: unknown) => checkOptionalText(v, 100))
  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key returns the contact first created.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a contact.' })
export class UpdateContactInput extends ContactFieldsInput {
  @Field(() => ID, { description: 'The contact.' })
  id: string;

  @Field(() => Int, { description: 'The version read; a newer one refuses with CONFLICT.' })
  version: number;
}

@InputType({ description: 'Link an existing contact to a client.' })
export class LinkContactInput extends ContactLinkFields {
  @Field(() => ID, { description: 'The client.' })
  clientId: string;

  @Field(() => ID, { description: 'The contact.' })
  contactId: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Make them the primary contact.',
  })
  primary?: boolean | null;
}

@InputType({ description: 'Changes to how a contact is linked to a client.' })
export class UpdateContactLinkInput extends ContactLinkFields {
  @Field(() => ID, { description: 'The link (ClientContact id).' })
  id: string;
}

@InputType({ description: 'A link to remove, or to make primary.' })
export class ContactLinkRefInput {
  @Field(() => ID, { description: 'The link (ClientContact id).' })
  id: string;
}

@InputType({ description: 'Narrows a list of contacts.' })
export class ContactFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words to find in the name or email, case and accents aside.',
  })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only contacts linked to this client.' })
  clientId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only contacts whose details changed at or after this instant (`updatedAt`), for a mirror kept in ' +
      'sync: with `orderBy: { field: UPDATED_AT }`, page through and resume from the last cursor every few minutes. ' +
      'A change appears 5 seconds after it was made, once it has surely committed. Their links to clients ' +
      'move the client instead (`clients(filter: { updatedSince })`).',
  })
  updatedSince?: Date | null;
}
