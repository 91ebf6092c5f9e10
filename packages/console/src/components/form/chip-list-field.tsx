import { useState } from 'react';
import { Autocomplete, Chip, TextField } from '@mui/material';

interface ChipListFieldProps {
  id: string;
  label: string;
  value: readonly string[];
  onChange: (next: string[]) => void;
  onBlur?: () => void;
  /** The message under the field (server first, then the shared rules). */
  error?: string;
  helperText?: string;
  /** Items to show in red: refused by the server or by the shared rules. */
  invalidItems?: ReadonlySet<number>;
  /** What ends an item besides Enter: commas always; spaces too for domains. */
  separators?: RegExp;
  /** Canonical spelling of an item as typed (`@Acme.CA` → `acme.ca`). */
  normalize?: (item: string) => string;
  maxLength?: number;
}

/**
 * A list of short texts (domains, tags) as chips: type and press Enter (or a
 * comma) to add, Backspace or the chip's cross to remove. What is still typed
 * when the field is left is added too, so Save never drops it.
 */
export function ChipListField({
  id,
  label,
  value,
  onChange,
  onBlur,
  error,
  helperText,
  invalidItems,
  separators = /[,;\n]/,
  normalize = (item) => item.trim(),
  maxLength,
}: ChipListFieldProps) {
  const [input, setInput] = useState('');

  const add = (items: string[]) => {
    const next = [...value];
    for (const raw of items) {
      const item = normalize(raw);
      if (item && !next.includes(item)) next.push(item);
    }
    if (next.length !== value.length) onChange(next);
  };

  return (
    <Autocomplete<string, true, false, true>
      id={id}
      multiple
      freeSolo
      options={[]}
      value={[...value]}
      inputValue={input}
      onInputChange={(_, text, reason) => {
        if (reason === 'input' && separators.test(text)) {
          const parts = text.split(separators);
          const last = parts.pop() ?? '';
          add(parts);
          setInput(last);
          return;
        }
        setInput(reason === 'reset' ? '' : text);
      }}
      onChange={(_, next) => onChange([...new Set(next.map(normalize).filter(Boolean))])}
      onBlur={() => {
        if (input.trim()) add([input]);
        setInput('');
        onBlur?.();
      }}
      renderValue={(items, getItemProps) =>
        items.map((item, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return (
            <Chip
              key={key}
              label={item}
              size="small"
              color={invalidItems?.has(index) ? 'error' : 'default'}
              variant={invalidItems?.has(index) ? 'outlined' : 'filled'}
              {...itemProps}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={!!error}
          helperText={error ?? helperText}
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              maxLength,
              autoComplete: 'off',
              spellCheck: false,
            },
          }}
        />
      )}
    />
  );
}
