import {
  FieldErrorCode,
  LIMITS,
  checkEmail,
  checkIpRange,
  checkUserCode,
  normalizeUserCode,
  type FieldIssue,
} from '@clientele/shared';
import type { AccessRole, GrantAccessInput, UpdateAccessInput } from '@/gql/graphql';

/** The seed 004 dialog: who, with which role, under which code and email, from where. */
export interface GrantValues {
  contactId: string;
  role: AccessRole;
  userCode: string;
  email: string;
  ipAllowList: string[];
  branchId: string;
}

/** What can change on an existing access. */
export type AccessSettings = Pick<GrantValues, 'role' | 'ipAllowList' | 'branchId'>;

export type GrantField = keyof GrantValues;
export type GrantIssues = Partial<Record<GrantField, FieldIssue>>;

export const emptyGrant = (): GrantValues => ({
  contactId: '',
  role: 'CLIENT_USER',
  userCode: '',
  email: '',
  ipAllowList: [],
  branchId: '',
});

/** The positions of allow-list entries the shared rules refuse (shown in red). */
export const refusedRanges = (list: readonly string[]): Set<number> =>
  new Set(list.flatMap((range, i) => (checkIpRange(range) ? [i] : [])));

function checkIpList(list: readonly string[]): FieldIssue | null {
  if (list.length > LIMITS.ipRanges)
    return { code: FieldErrorCode.TOO_MANY, params: { max: LIMITS.ipRanges } };
  for (const range of list) {
    const problem = checkIpRange(range);
    if (problem) return { ...problem, params: { ...problem.params, value: range } };
  }
  return null;
}

/** The API's own rules, run before sending: the same messages, sooner. */
export function checkGrant(values: GrantValues): GrantIssues {
  const issues: GrantIssues = {};
  if (!values.contactId) issues.contactId = { code: FieldErrorCode.REQUIRED };
  const code = checkUserCode(values.userCode);
  if (code) issues.userCode = code;
  const email = values.email.trim() ? checkEmail(values.email.trim()) : { code: FieldErrorCode.REQUIRED };
  if (email) issues.email = email;
  const ranges = checkIpList(values.ipAllowList);
  if (ranges) issues.ipAllowList = ranges;
  return issues;
}

export function checkSettings(values: AccessSettings): GrantIssues {
  const ranges = checkIpList(values.ipAllowList);
  return ranges ? { ipAllowList: ranges } : {};
}

export const toGrantAccessInput = (
  clientId: string,
  values: GrantValues,
  sendEmail: boolean,
): GrantAccessInput => ({
  clientId,
  contactId: values.contactId,
  role: values.role,
  userCode: normalizeUserCode(values.userCode) || null,
  email: values.email.trim() || null,
  ipAllowList: values.ipAllowList.map((range) => range.trim()).filter(Boolean),
  branchId: values.branchId || null,
  sendEmail,
});

export const toUpdateAccessInput = (
  grant: { id: string; version: number },
  values: AccessSettings,
): UpdateAccessInput => ({
  id: grant.id,
  version: grant.version,
  role: values.role,
  ipAllowList: values.ipAllowList.map((range) => range.trim()).filter(Boolean),
  branchId: values.branchId || null,
});

/**
 * The form field a server error belongs to: `input.ipAllowList.2` lands
 * under the allow-list, `input.userCode` under the code.
 */
export function grantFieldOfPath(path: string): GrantField | undefined {
  const field = path.replace(/^input\./, '').split('.')[0];
  return (['contactId', 'role', 'userCode', 'email', 'ipAllowList', 'branchId'] as const).find(
    (known) => known === field,
  );
}
