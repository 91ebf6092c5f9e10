import { PartnerInvitationStatus } from '@clientele/shared';

/**
 * What a partner may do with its invitation: send it again (a new link and
 * expiry) or withdraw it while it is open — pending, or expired unanswered.
 * Accepted, declined and cancelled ones are settled; the API refuses both.
 */
export function invitationActions(status: string | null | undefined): { resend: boolean; cancel: boolean } {
  const open = status === PartnerInvitationStatus.PENDING || status === PartnerInvitationStatus.EXPIRED;
  return { resend: open, cancel: open };
}

/** Only an accepted invitation opens the client's file to its partner. */
export const opensFile = (status: string | null | undefined): boolean =>
  status === PartnerInvitationStatus.ACCEPTED;

/** Colour of the status: waiting asks for attention, a refusal or an expiry for action. */
export function invitationColor(
  status: string | null | undefined,
): 'success' | 'warning' | 'error' | 'default' | 'info' {
  switch (status) {
    case PartnerInvitationStatus.ACCEPTED:
      return 'success';
    case PartnerInvitationStatus.PENDING:
      return 'info';
    case PartnerInvitationStatus.EXPIRED:
      return 'warning';
    case PartnerInvitationStatus.DECLINED:
      return 'error';
    default:
      return 'default';
  }
}
