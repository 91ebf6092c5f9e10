import { useState } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AddressSuggestionsQuery } from '../api/address-suggestions-query';
import { AddressLineField, type AddressSuggestion } from './address-line-field';

const suggestion = {
  __typename: 'AddressSuggestion',
  line1: '455, rue Principale',
  city: 'Saint-Sauveur',
  region: 'QC',
  postalCode: 'J0R 1R0',
  country: 'CA',
  source: 'KNOWN',
} as const;

function Field({ onPick }: { onPick: (s: AddressSuggestion) => void }) {
  const [value, setValue] = useState('');
  return (
    <AddressLineField
      id="line1"
      label="Address line 1"
      value={value}
      country="CA"
      onChange={setValue}
      onPick={(s) => {
        setValue(s.line1);
        onPick(s);
      }}
      onBlur={() => undefined}
    />
  );
}

describe('AddressLineField', () => {
  it('asks once typing pauses, offers the addresses found, and hands back the one picked', async () => {
    const asked = jest.fn((_v: { query: string; country: string | null }) => true);
    const onPick = jest.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: AddressSuggestionsQuery, variables: asked },
            result: { data: { addressSuggestions: [suggestion] } },
          },
        ]}
      >
        <Field onPick={onPick} />
      </MockedProvider>,
    );
    const input = screen.getByRole('combobox', { name: 'Address line 1' });
    // '455' is long enough to ask about, but typing goes on at once: only '455 rue' is asked.
    fireEvent.change(input, { target: { value: '45' } });
    fireEvent.change(input, { target: { value: '455' } });
    fireEvent.change(input, { target: { value: '455 rue' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });

    fireEvent.click(await screen.findByRole('option', { name: /455, rue Principale/ }));
    expect(onPick).toHaveBeenCalledWith(
      expect.objectContaining({ city: 'Saint-Sauveur', postalCode: 'J0R 1R0' }),
    );
    await waitFor(() => expect((input as HTMLInputElement).value).toBe('455, rue Principale'));
    // Only the settled text was asked about, in the form's country; two characters were not worth asking.
    expect(asked.mock.calls.length).toBeGreaterThan(0);
    expect(asked.mock.calls.every(([v]) => v.query === '455 rue' && v.country === 'CA')).toBe(true);
  });

  it('lists the same street line in two towns as two options', async () => {
    const magog = { ...suggestion, line1: '12, rue Principale', city: 'Magog', postalCode: 'J1X 2A1' };
    const granby = { ...magog, city: 'Granby', postalCode: 'J2G 2T1', source: 'GEOCODER' };
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: AddressSuggestionsQuery, variables: () => true },
            result: { data: { addressSuggestions: [magog, granby] } },
          },
        ]}
      >
        <Field onPick={jest.fn()} />
      </MockedProvider>,
    );
    const input = screen.getByRole('combobox', { name: 'Address line 1' });
    fireEvent.change(input, { target: { value: '12 rue Principale' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });

    const options = await screen.findAllByRole('option', { name: /12, rue Principale/ });
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringContaining('Magog'),
      expect.stringContaining('Granby'),
    ]);
    // One key per option: React would otherwise warn, and may drop or repeat one as the list changes.
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/same key/);
    errors.mockRestore();
  });
});
