import { Field, InputType, registerEnumType } from 'type-graphql';
import {
  ClientKind,
  ClientOrderField,
  ClientStatus,
  Lifecycle,
  SortDirection,
  checkClientCode,
  checkClientName,
} from '@clientele/shared';
import { ValidateNested } from 'class-validator';
import { Check } from '../../app/validation';
import { AddressInput } from './address';
import type { Client } from './client.entity';

registerEnumType(ClientOrderField, {
  name: 'ClientOrderField',
  description: 'What a list of clients can be ordered by.',
  valuesConfig: {
    NAME: { description: 'Name, ignoring case and accents.' },
    CODE: { description: 'Client code.' },
    CREATED_AT: { description: 'Creation time.' },
    UPDATED_AT: { description: 'Time of the last change.' },
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
    description: 'Words to find in the code or name, ignoring case and accents.',
  })
  search?: string | null;
}

@InputType({ description: 'How to order a list of clients; ties are broken by id.' })
export class ClientOrder {
  @Field(() => ClientOrderField, { description: 'The field to order by.' })
  field: ClientOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}

@InputType({ description: 'A new client file.' })
export class CreateClientInput implements Partial<Omit<Client, 'billingAddress'>> {
  @Check(checkClientCode)
  @Field(() => String, {
    nullable: true,
    description: 'Unique code; left empty, the next `C-000001`-style code is generated.',
  })
  code?: string;

  @Check(checkClientName)
  @Field(() => String, {
    description: 'Company name, or the full name of an individual. Required, at most 200 characters.',
  })
  name: string;

  @Field(() => ClientKind, {
    defaultValue: ClientKind.COMPANY,
    description: 'Company (default) or individual.',
  })
  kind: ClientKind;

  @Field(() => ClientStatus, { defaultValue: ClientStatus.ACTIVE, description: 'Active by default.' })
  status: ClientStatus;

  @Field(() => Lifecycle, { defaultValue: Lifecycle.CUSTOMER, description: 'Customer by default.' })
  lifecycle: Lifecycle;

  @ValidateNested()
  @Field(() => AddressInput, { nullable: true, description: 'Where invoices are addressed.' })
  billingAddress?: AddressInput | null;
}
