import { Box, Typography } from '@mui/material';
import { countryName } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { addressLines, isEmptyAddress, type AddressParts } from '../../model/address-lines';

/** An address as written on an envelope, the country in the reader's language; null when empty. */
export function AddressBlock({ address }: { address: AddressParts }) {
  const locale = useLocale();
  if (isEmptyAddress(address)) return null;
  const lines = [...addressLines(address), countryName(address.country, locale)].filter(Boolean);
  return (
    <Typography component="address" variant="body2" sx={{ fontStyle: 'normal' }}>
      {lines.map((line, index) => (
        <Box component="span" key={`${index}-${line}`} sx={{ display: 'block', whiteSpace: 'pre-wrap' }}>
          {line}
        </Box>
      ))}
    </Typography>
  );
}
