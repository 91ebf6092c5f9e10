import { checkIsoDate, type FieldIssue } from '@clientele/shared';
import type {
  AccountTier,
  ClientCrmFieldsFragment,
  ClientSource,
  HealthStatus,
  UpdateClientCrmInput,
} from '@/gql/graphql';
import type { WholeFile } from '@/lib/whole-file';

/** The CRM tab being edited; '' is "not set". */
export interface CrmValues {
  health: HealthStatus | '';
  tier: AccountTier | '';
  renewalDate: string;
  industryId: string;
  source: ClientSource | '';
  /** Staff user ids: '' is no owner. */
  accountOwnerId: string;
  salespersonIds: string[];
}

export function toCrmValues(crm: WholeFile<ClientCrmFieldsFragment>['crm']): CrmValues {
  return {
    health: crm.health ?? '',
    tier: crm.tier ?? '',
    renewalDate: crm.renewalDate ?? '',
    industryId: crm.industryId ?? '',
    source: crm.source ?? '',
    accountOwnerId: crm.accountOwnerId ?? '',
    salespersonIds: crm.salespeople.map((user) => user.id),
  };
}

export function toUpdateCrmInput(
  changes: Partial<CrmValues>,
  values: CrmValues,
): Omit<UpdateClientCrmInput, 'clientId' | 'version'> {
  const input: Omit<UpdateClientCrmInput, 'clientId' | 'version'> = {};
  if ('health' in changes) input.health = values.health || null;
  if ('tier' in changes) input.tier = values.tier || null;
  if ('renewalDate' in changes) input.renewalDate = values.renewalDate || null;
  if ('industryId' in changes) input.industryId = values.industryId || null;
  if ('source' in changes) input.source = values.source || null;
  if ('accountOwnerId' in changes) input.accountOwnerId = values.accountOwnerId || null;
  if ('salespersonIds' in changes) input.salespersonIds = values.salespersonIds;
  return input;
}

export const crmFields = (): string[] => [
  'health',
  'tier',
  'renewalDate',
  'industryId',
  'source',
  'accountOwnerId',
  'salespersonIds',
];

export function validateCrm(values: CrmValues): Partial<Record<string, FieldIssue>> {
  const renewal = checkIsoDate(values.renewalDate);
  return renewal ? { renewalDate: renewal } : {};
}
