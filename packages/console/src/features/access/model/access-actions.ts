import type { AccessStatus } from '@/gql/graphql';

/** What can be done to an access, by where it stands (the API refuses the rest). */
export type AccessAction = 'edit' | 'resend' | 'suspend' | 'reactivate' | 'revoke' | 'actAs';

const BY_STATUS: Record<AccessStatus, readonly AccessAction[]> = {
  INVITED: ['edit', 'resend', 'revoke'],
  EXPIRED: ['edit', 'resend', 'revoke'],
  ACTIVE: ['edit', 'actAs', 'suspend', 'revoke'],
  SUSPENDED: ['edit', 'reactivate', 'revoke'],
  REVOKED: [],
};

/** The actions to offer: staff who may write; acting as the contact for administrators only. */
export function accessActions(status: AccessStatus, canWrite: boolean, isAdmin: boolean): AccessAction[] {
  if (!canWrite) return [];
  return BY_STATUS[status].filter((action) => action !== 'actAs' || isAdmin);
}

/**
 * Chip colours: what needs attention stands out, what is over fades. Only
 * colours whose white label reads at WCAG AA on the theme (orange does not).
 */
export const statusColor = (status: AccessStatus): 'success' | 'primary' | 'default' | 'error' =>
  (
    ({
      ACTIVE: 'success',
      INVITED: 'primary',
      SUSPENDED: 'default',
      EXPIRED: 'error',
      REVOKED: 'default',
    }) as const
  )[status];
