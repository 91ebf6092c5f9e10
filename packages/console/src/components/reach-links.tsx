import type { ReactNode } from 'react';
import { Link, type LinkProps } from '@mui/material';
import { formatPhone } from '@clientele/shared';

type Look = Pick<LinkProps, 'variant'>;

/**
 * An email address people can click to write to, or null when there is none
 * (so a list of facts shows its quiet dash).
 */
export function emailLink(email: string | null | undefined, look: Look = {}): ReactNode {
  if (!email) return null;
  return (
    <Link href={`mailto:${email}`} underline="hover" sx={{ overflowWrap: 'anywhere' }} {...look}>
      {email}
    </Link>
  );
}

/** A phone number as people read it, that a phone can dial; null when there is none. */
export function phoneLink(phone: string | null | undefined, look: Look = {}): ReactNode {
  if (!phone) return null;
  return (
    <Link href={`tel:${phone}`} underline="hover" sx={{ whiteSpace: 'nowrap' }} {...look}>
      {formatPhone(phone)}
    </Link>
  );
}
