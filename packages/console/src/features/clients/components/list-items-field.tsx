import { Autocomplete, Chip, TextField } from '@mui/material';
import type { ListItemRef } from '../model/info-form';

interface ListItemsFieldProps {
  id: string;
  label: string;
  /** The admin-managed list; retired items are not offered but stay on files that have them. */
  options: readonly (ListItemRef & { archived?: boolean })[];
  value: readonly ListItemRef[];
  onChange: (items: ListItemRef[]) => void;
  onBlur?: () => void;
  loading?: boolean;
  error?: string;
  helperText?: string;
}

/** Several items of an admin-managed list (account groups), as chips. */
export function ListItemsField({
  id,
  label,
  options,
  value,
  onChange,
  onBlur,
  loading,
  error,
  helperText,
}: ListItemsFieldProps) {
  const offered = options
    .filter((item) => !item.archived)
    .map(({ id: itemId, name }) => ({ id: itemId, name }));
  return (
    <Autocomplete<ListItemRef, true>
      id={id}
      multiple
      options={offered}
      value={[...value]}
      loading={loading}
      onChange={(_, items) => onChange(items)}
      onBlur={onBlur}
      disableCloseOnSelect
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      getOptionLabel={(item) => item.name}
      renderValue={(items, getItemProps) =>
        items.map((item, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} label={item.name} size="small" {...itemProps} />;
        })
      }
      renderInput={(params) => (
        <TextField {...params} label={label} error={!!error} helperText={error ?? helperText} />
      )}
    />
  );
}
