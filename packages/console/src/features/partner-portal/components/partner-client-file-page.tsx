import { Alert, Box, Breadcrumbs, Chip, LinearProgress, Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  clientStatusLabels,
  contactTypeLabels,
  identityProviderLabels,
  languageLabels,
  type ClientStatus,
  type ContactType,
  type IdentityProvider,
  type Language,
} from '@clientele/shared';
import { ErrorAlert } from '@/components/error-alert';
import { Facts, Section, SectionGrid } from '@/components/facts';
import { paths } from '@/config/paths';
import { countryName, formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { usePartnerClientFile } from '../api/partner-client-file-query';
import { InvitationStatusChip } from './invitation-status-chip';

/**
 * A client's file as its partner reads it, once the client's administrator
 * accepted the partner: read only, and without what stays the operator's
 * (how we regard the client, internal notes, history, access list).
 */
export function PartnerClientFilePage({ id }: { id: string }) {
  const { t } = useTranslation(['partners', 'common', 'clients', 'fields']);
  const locale = useLocale();
  const { card, details, accepted } = usePartnerClientFile(id);
  const client = card.data?.client;
  const file = details.data?.client;

  const label = <E extends string>(
    table: Record<'fr' | 'en', Record<E, string>>,
    value: string | null | undefined,
  ) => (value ? (table[locale][value as E] ?? value) : null);

  const address = file?.billingAddress;
  const addressLines = address
    ? [
        address.line1,
        address.line2,
        [address.city, address.region, address.postalCode].filter(Boolean).join(' '),
        address.country ? countryName(address.country, locale) : null,
      ].filter(Boolean)
    : [];

  return (
    <Box
      sx={{ display: 'flex', flexDirection: 'column', gap: 2, px: { xs: 2, sm: 3 }, py: { xs: 2, sm: 3 } }}
    >
      <title>{`${client?.name ?? t('clients.title')} · ${t('common:appName')}`}</title>
      <Breadcrumbs aria-label={t('file.breadcrumbLabel')}>
        <Link component={RouterLink} to={paths.partnerClients} underline="hover" color="inherit">
          {t('file.back')}
        </Link>
        {client ? <Typography color="text.primary">{client.name}</Typography> : null}
      </Breadcrumbs>

      {card.loading || details.loading ? <LinearProgress aria-label={t('common:loading')} /> : null}
      {card.error ? <ErrorAlert error={card.error} onRetry={() => void card.refetch()} /> : null}
      {card.data && !client ? <Alert severity="info">{t('file.notFound')}</Alert> : null}

      {client ? (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <Typography variant="h1">{client.name}</Typography>
          <InvitationStatusChip status={client.partnerInvitation?.status} />
          {file ? <Chip size="small" variant="outlined" label={file.code} /> : null}
        </Stack>
      ) : null}

      {client && !accepted ? <Alert severity="info">{t('file.notAccepted')}</Alert> : null}
      {details.error ? <ErrorAlert error={details.error} onRetry={() => void details.refetch()} /> : null}

      {file ? (
        <SectionGrid>
          <Section title={t('file.identity')}>
            <Facts
              items={[
                [t('clients:fields.name'), file.name],
                [t('clients:fields.code'), file.code],
                [t('clients:fields.status'), label(clientStatusLabels, file.status as ClientStatus)],
                // The API spells languages FR / EN; the shared labels are keyed fr / en.
                [
                  t('fields:client.language'),
                  label(languageLabels, file.language?.toLowerCase() as Language),
                ],
              ]}
            />
          </Section>
          <Section title={t('file.reach')}>
            <Facts
              items={[
                [t('fields:client.email'), file.email],
                [t('fields:client.phone'), file.phone],
                [t('fields:client.mobile'), file.mobile],
                [t('fields:client.website'), file.website],
              ]}
            />
          </Section>
          <Section title={t('file.address')}>
            {addressLines.length ? (
              <Typography component="address" sx={{ fontStyle: 'normal' }}>
                {addressLines.map((line) => (
                  <span key={line} style={{ display: 'block' }}>
                    {line}
                  </span>
                ))}
              </Typography>
            ) : (
              <Typography color="text.secondary">{t('file.none')}</Typography>
            )}
          </Section>
          <Section title={t('file.service')}>
            <Facts
              items={[
                [t('file.plan'), file.plan?.name],
                [
                  t('file.identityProvider'),
                  label(identityProviderLabels, file.identityProvider as IdentityProvider),
                ],
                [t('file.notifications'), file.notificationsEnabled ? t('file.on') : t('file.off')],
              ]}
            />
          </Section>
          <Section title={t('file.contacts')}>
            {file.contacts?.length ? (
              <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1.5 }}>
                {file.contacts.map((link) => (
                  <Box component="li" key={link.id}>
                    <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                      <Typography sx={{ fontWeight: 500 }}>
                        {link.contact.firstName} {link.contact.lastName}
                      </Typography>
                      {link.isPrimary ? <Chip size="small" label={t('file.primary')} /> : null}
                    </Stack>
                    <Typography variant="body2" color="text.secondary">
                      {[
                        link.title,
                        label(contactTypeLabels, link.type as ContactType),
                        link.contact.email,
                        link.contact.phone,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography>
                  </Box>
                ))}
              </Box>
            ) : (
              <Typography color="text.secondary">{t('file.noContacts')}</Typography>
            )}
          </Section>
          <Section title={t('file.notes')}>
            {file.notes?.length ? (
              <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 2 }}>
                {file.notes.map((note) => (
                  <Box component="li" key={note.id}>
                    <Typography sx={{ whiteSpace: 'pre-wrap' }}>{note.body}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      {t('file.by', {
                        author: note.authorName,
                        date: formatDateTime(note.createdAt, locale),
                      })}
                    </Typography>
                  </Box>
                ))}
              </Box>
            ) : (
              <Typography color="text.secondary">{t('file.noNotes')}</Typography>
            )}
          </Section>
        </SectionGrid>
      ) : null}
    </Box>
  );
}
