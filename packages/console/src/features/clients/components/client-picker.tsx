import { useEffect, useState } from 'react';
import { Autocomplete, Box, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useClientPickerQuery } from '../api/client-picker-query';
import type { ClientRef } from '../model/info-form';

interface ClientPickerProps {
  id: string;
  label: string;
  value: ClientRef | null;
  onChange: (client: ClientRef | null) => void;
  onBlur?: () => void;
  /** The client being edited: it cannot be its own parent or bill-to. */
  excludeId: string;
  error?: string;
  helperText?: string;
}

const SEARCH_DELAY_MS = 250;

/** Finds another client by name or code, as the list's search does. */
export function ClientPicker({
  id,
  label,
  value,
  onChange,
  onBlur,
  excludeId,
  error,
  helperText,
}: ClientPickerProps) {
  const { t } = useTranslation('clients');
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setSearch(input), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input]);

  // While the chosen client's own name is in the box, the whole first page is offered.
  const typed = value && input === optionLabel(value) ? '' : search;
  const { data, loading } = useClientPickerQuery(typed, !open);
  const options = (data?.clients.edges ?? [])
    .map((edge) => edge.node)
    .filter((client) => client.id !== excludeId)
    .map(({ id: clientId, code, name }) => ({ id: clientId, code, name }));

  return (
    <Autocomplete<ClientRef>
      id={id}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      value={value}
      onChange={(_, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_, text) => setInput(text)}
      onBlur={onBlur}
      options={options}
      loading={loading}
      filterOptions={(all) => all}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      getOptionLabel={optionLabel}
      noOptionsText={t('picker.noMatch')}
      loadingText={t('picker.loading')}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props} sx={{ gap: 1.5 }}>
          <Box component="span" sx={{ fontFamily: 'monospace', color: 'text.secondary', minWidth: 80 }}>
            {option.code}
          </Box>
          {option.name}
        </Box>
      )}
      renderInput={(params) => (
        <TextField {...params} label={label} error={!!error} helperText={error ?? helperText} />
      )}
    />
  );
}

const optionLabel = (client: ClientRef) => `${client.name} (${client.code})`;
