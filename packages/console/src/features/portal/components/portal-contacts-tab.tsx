import { Paper, Stack, Typography } from '@mui/material';
import StarIcon from '@mui/icons-material/Star';
import { useTranslation } from 'react-i18next';
import { contactTypeLabels, type ContactType } from '@clientele/shared';
import { emailLink, phoneLink } from '@/components/reach-links';
import type { PortalClientFieldsFragment } from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import type { WholeFile } from '@/lib/whole-file';

/** The people at the company we know of, and who our main contact there is. */
export function PortalContactsTab({ client }: { client: WholeFile<PortalClientFieldsFragment> }) {
  const { t } = useTranslation('portal');
  const locale = useLocale();
  if (client.contacts.length === 0)
    return <Typography color="text.secondary">{t('contacts.empty')}</Typography>;
  return (
    <Stack sx={{ gap: 2 }}>
      <Typography variant="h2" component="h2">
        {t('contacts.title', { count: client.contactCount })}
      </Typography>
      <Stack
        component="ul"
        aria-label={t('contacts.title', { count: client.contactCount })}
        sx={{ listStyle: 'none', m: 0, p: 0, gap: 1.5 }}
      >
        {client.contacts.map((link) => {
          const phone = link.contact.phone ?? link.contact.mobile;
          return (
            <Paper component="li" key={link.id} variant="outlined" sx={{ p: 2 }}>
              <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
                <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
                  {link.contact.firstName} {link.contact.lastName}
                </Typography>
                {link.isPrimary ? (
                  <StarIcon color="warning" fontSize="small" titleAccess={t('contacts.primary')} />
                ) : null}
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {[link.title, link.department, contactTypeLabels[locale][link.type as ContactType]]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
              <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: { xs: 0.5, sm: 3 }, mt: 1 }}>
                {emailLink(link.contact.email, { variant: 'body2' })}
                {phoneLink(phone, { variant: 'body2' })}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('contacts.changes')}
      </Typography>
    </Stack>
  );
}
