import type { ReactNode } from 'react';
import { Box, Chip, Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  businessNumberSchemeLabels,
  formatPhone,
  identityProviderLabels,
  partnerInvitationStatusLabels,
  type BusinessNumberScheme,
} from '@clientele/shared';
import { Empty, Facts, Section, SectionGrid } from '@/components/facts';
import { emailLink, phoneLink } from '@/components/reach-links';
import { clientPath } from '@/config/paths';
import type { ClientInfoFieldsFragment } from '@/gql/graphql';
import { formatDate, formatDateTime, intlLocale } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { isEmptyAddress } from '../../model/address-lines';
import {
  kindLabel,
  labelFrom,
  languageLabel,
  lifecycleLabel,
  regardColor,
  regardLabel,
} from '../../model/labels';
import { ClientStatusChip } from '../client-status-chip';
import { currencyName } from '../currency-field';
import { AddressBlock } from './address-block';
import type { WholeFile } from '@/lib/whole-file';

/** Chips for a list, or nothing (the facts list then shows its dash). */
function chips(items: readonly string[]) {
  if (items.length === 0) return null;
  return (
    <Stack direction="row" sx={{ gap: 0.75, flexWrap: 'wrap' }} component="span">
      {items.map((item) => (
        <Chip key={item} label={item} size="small" />
      ))}
    </Stack>
  );
}

const sameAddress = (
  a: WholeFile<ClientInfoFieldsFragment>['billingAddress'],
  b: WholeFile<ClientInfoFieldsFragment>['billingAddress'],
) =>
  (['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const).every(
    (part) => (a[part] ?? '') === (b[part] ?? ''),
  );

/** The Info tab read: who the client is, how to reach them, where they are, how they registered. */
export function ClientInfoView({ client }: { client: WholeFile<ClientInfoFieldsFragment> }) {
  const { t } = useTranslation(['clients', 'fields', 'common']);
  const locale = useLocale();
  const individual = client.kind === 'INDIVIDUAL';
  const time = (iso: string | null) =>
    iso ? (
      <time dateTime={iso} title={iso}>
        {formatDateTime(iso, locale)}
      </time>
    ) : null;
  const clientLink = (other: { id: string; code: string; name: string } | null): ReactNode =>
    other ? (
      <Link component={RouterLink} to={clientPath(other.id)} underline="hover">
        {other.name} ({other.code})
      </Link>
    ) : null;
  const invitation = client.partnerInvitation;
  const partner = client.partner ? (
    <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      {client.partner.name}
      {invitation ? (
        <Chip
          size="small"
          variant="outlined"
          color={
            invitation.status === 'ACCEPTED'
              ? 'success'
              : invitation.status === 'PENDING'
                ? 'warning'
                : 'default'
          }
          label={t('info.invitationSince', {
            status: labelFrom(partnerInvitationStatusLabels, invitation.status, locale),
            date: formatDate(invitation.respondedAt ?? invitation.sentAt, locale),
          })}
        />
      ) : null}
    </Box>
  ) : (
    <Typography component="span" variant="body2" color="text.secondary">
      {t('info.noPartner')}
    </Typography>
  );
  const shippingSame =
    !isEmptyAddress(client.billingAddress) && sameAddress(client.billingAddress, client.shippingAddress);

  return (
    <SectionGrid>
      <Section title={t('info.identity')}>
        <Facts
          items={[
            [
              t('fields:client.code'),
              <Box component="span" key="code" sx={{ fontFamily: 'monospace' }}>
                {client.code}
              </Box>,
            ],
            [t('fields:client.kind'), kindLabel(client.kind, locale)],
            ...(individual
              ? ([
                  [t('fields:client.firstName'), client.firstName],
                  [t('fields:client.lastName'), client.lastName],
                ] as [string, ReactNode][])
              : ([[t('fields:client.name'), client.name]] as [string, ReactNode][])),
            [t('fields:client.legalName'), client.legalName],
            [t('fields:client.lifecycle'), lifecycleLabel(client.lifecycle, locale)],
            [t('fields:client.status'), <ClientStatusChip key="status" status={client.status} />],
            [
              t('fields:client.regard'),
              <Chip
                key="regard"
                size="small"
                variant="outlined"
                color={regardColor(client.regard)}
                label={regardLabel(client.regard, locale)}
              />,
            ],
            [t('fields:client.language'), languageLabel(client.language, locale)],
            [
              t('fields:client.currency'),
              `${client.currency} — ${currencyName(client.currency, intlLocale(locale))}`,
            ],
            [t('fields:client.timeZone'), client.timeZone],
          ]}
        />
      </Section>

      <Section title={t('info.reach')}>
        <Facts
          items={[
            [
              t('fields:client.website'),
              client.website ? (
                <Link href={client.website} target="_blank" rel="noopener noreferrer" underline="hover">
                  {client.website.replace(/^https?:\/\//, '')}
                </Link>
              ) : null,
            ],
            [t('fields:client.email'), emailLink(client.email)],
            [t('fields:client.phone'), phoneLink(client.phone)],
            [t('fields:client.mobile'), phoneLink(client.mobile)],
            [t('fields:client.fax'), client.fax ? formatPhone(client.fax) : null],
            [t('fields:client.domains'), chips(client.domains)],
            [t('fields:client.verifiedPhone'), phoneLink(client.verifiedPhone)],
          ]}
        />
      </Section>

      <Section title={t('info.addresses')}>
        <Facts
          items={[
            [
              t('fields:client.billingAddress'),
              <AddressBlock key="billing" address={client.billingAddress} />,
            ],
            [
              t('fields:client.shippingAddress'),
              shippingSame ? (
                <Typography key="same" variant="body2" color="text.secondary" component="span">
                  {t('info.sameAsBilling')}
                </Typography>
              ) : isEmptyAddress(client.shippingAddress) ? null : (
                <AddressBlock key="shipping" address={client.shippingAddress} />
              ),
            ],
          ]}
        />
      </Section>

      <Section title={t('info.organisation')}>
        <Facts
          items={[
            [t('fields:client.partnerId'), partner],
            [t('fields:client.planId'), client.plan ? `${client.plan.name} (${client.plan.code})` : null],
            [
              t('fields:client.identityProvider'),
              labelFrom(identityProviderLabels, client.identityProvider, locale),
            ],
            [t('fields:client.parentId'), clientLink(client.parent)],
            [t('fields:client.billToId'), clientLink(client.billTo)],
            [t('fields:client.accountGroupIds'), chips(client.accountGroups.map((group) => group.name))],
            [t('fields:client.tags'), chips(client.tags)],
          ]}
        />
      </Section>

      <Section title={t('info.registration')}>
        <Facts
          items={[
            [
              t('fields:client.businessNumbers'),
              client.businessNumbers.length > 0 ? (
                <Box component="span" key="numbers" sx={{ display: 'grid', gap: 0.5 }}>
                  {client.businessNumbers.map((number) => (
                    <span key={`${number.scheme}-${number.value}`}>
                      <Box component="span" sx={{ color: 'text.secondary' }}>
                        {businessNumberSchemeLabels[locale][number.scheme as BusinessNumberScheme] ??
                          number.scheme}
                      </Box>{' '}
                      <Box component="span" sx={{ fontFamily: 'monospace' }}>
                        {number.value}
                      </Box>
                    </span>
                  ))}
                </Box>
              ) : null,
            ],
            [t('fields:client.clientReference'), client.clientReference],
            [t('fields:client.registeredAt'), time(client.registeredAt)],
            [
              t('fields:client.registrationIp'),
              client.registrationIp ? (
                <Box component="span" key="ip" sx={{ fontFamily: 'monospace' }}>
                  {client.registrationIp}
                </Box>
              ) : null,
            ],
            [
              t('fields:client.notificationsEnabled'),
              client.notificationsEnabled ? t('info.notificationsOn') : t('info.notificationsOff'),
            ],
          ]}
        />
      </Section>

      <Section title={t('info.record')}>
        <Facts
          items={[
            [t('fields:client.createdAt'), time(client.createdAt)],
            [t('fields:client.updatedAt'), time(client.updatedAt)],
            [t('fields:client.version'), client.version],
          ]}
        />
      </Section>

      <Box sx={{ gridColumn: '1 / -1', minWidth: 0 }}>
        <Section title={t('fields:client.description')}>
          {client.description ? (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {client.description}
            </Typography>
          ) : (
            <Empty />
          )}
        </Section>
      </Box>
    </SectionGrid>
  );
}
