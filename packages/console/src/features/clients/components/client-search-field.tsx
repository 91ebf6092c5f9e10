import { useEffect, useRef, useState } from 'react';
import { InputAdornment, TextField } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';

const DEBOUNCE_MS = 300;

interface ClientSearchFieldProps {
  value: string;
  onSearch: (query: string) => void;
}

/**
 * Searches as the user types, once they pause: one request per pause, not
 * per keystroke. Enter searches at once. The box follows the URL when it
 * changes from outside (back button, a pasted link).
 */
export function ClientSearchField({ value, onSearch }: ClientSearchFieldProps) {
  const { t } = useTranslation('clients');
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  if (value !== lastValue) {
    setLastValue(value);
    if (value !== text.trim()) setText(value);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const submit = (query: string) => {
    clearTimeout(timer.current);
    if (query.trim() !== value) onSearch(query.trim());
  };

  return (
    <TextField
      type="search"
      label={t('list.search')}
      placeholder={t('list.searchHelp')}
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => submit(next), DEBOUNCE_MS);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') submit(text);
      }}
      sx={{ maxWidth: { sm: 360 } }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
        htmlInput: { enterKeyHint: 'search', autoComplete: 'off', spellCheck: false },
      }}
    />
  );
}
