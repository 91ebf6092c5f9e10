import { act, renderHook } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useVersionedForm, type VersionedSource } from './use-versioned-form';

interface Values {
  phone: string;
  email: string;
  domains: string[];
}

const source: VersionedSource<Values> = {
  version: 5,
  values: { phone: '', email: 'a@acme.ca', domains: ['acme.ca'] },
};
const fields = () => ['phone', 'email', 'domains'];
const validate = (values: Values) =>
  values.email.includes('@') ? {} : { email: { code: 'INVALID_FORMAT' as never } };

const refusal = (extensions: object) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'Refused.', extensions } as CombinedGraphQLErrors['errors'][number]],
  });

function setup(save: jest.Mock, reload: jest.Mock = jest.fn()) {
  return renderHook(() =>
    useVersionedForm<Values>({ source, fields, validate, save, reload, formId: 'form' }),
  );
}

describe('useVersionedForm', () => {
  it('sends only what changed, with the version read', async () => {
    const save = jest.fn().mockResolvedValue({});
    const { result } = setup(save);
    act(() => result.current.startEdit());
    act(() => result.current.set('phone', '418 555 0199'));
    expect(result.current.dirty).toBe(true);

    await act(() => result.current.submit());

    expect(save).toHaveBeenCalledWith(
      { phone: '418 555 0199' },
      expect.objectContaining({ phone: '418 555 0199' }),
      5,
    );
    expect(result.current.editing).toBe(false);
  });

  it('sends nothing while a shared rule refuses a field, and says so under it', async () => {
    const save = jest.fn();
    const { result } = setup(save);
    act(() => result.current.startEdit());
    act(() => result.current.set('email', 'not an email'));
    expect(result.current.errorFor('email')).toBeUndefined();

    await act(() => result.current.submit());

    expect(save).not.toHaveBeenCalled();
    expect(result.current.errorFor('email')).toBe('Invalid format.');
  });

  it('puts the server’s errors under their fields, naming the item of a list', async () => {
    const save = jest.fn().mockRejectedValue(
      refusal({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            path: 'input.domains.1',
            code: 'INVALID_FORMAT',
            message: 'Invalid format (expected: example.com).',
          },
          { path: 'input.tags', code: 'TOO_MANY', message: 'At most 30 items.' },
        ],
      }),
    );
    const { result } = setup(save);
    act(() => result.current.startEdit());
    act(() => result.current.set('domains', ['acme.ca', 'acme']));
    await act(() => result.current.submit());

    expect(result.current.errorFor('domains')).toBe('“acme” — Invalid format (expected: example.com).');
    expect(result.current.itemErrors('domains')).toEqual({ 1: 'Invalid format (expected: example.com).' });
    // A field the form does not show is not lost.
    expect(result.current.general).toEqual(['tags — At most 30 items.']);
    expect(result.current.editing).toBe(true);

    // Editing the field again clears the server's complaint about the old value.
    act(() => result.current.set('domains', ['acme.ca']));
    expect(result.current.errorFor('domains')).toBeUndefined();
  });

  it('on a conflict, reapplies this edit on top of the newer version', async () => {
    const save = jest
      .fn()
      .mockRejectedValueOnce(
        refusal({ code: 'CONFLICT', currentVersion: 6, yourVersion: 5, changedFields: ['phone'] }),
      )
      .mockResolvedValueOnce({});
    const theirs = { version: 6, values: { ...source.values, phone: '+1 514 555 0111' } };
    const reload = jest.fn().mockResolvedValue(theirs);
    const { result } = setup(save, reload);
    act(() => result.current.startEdit());
    act(() => result.current.set('email', 'b@acme.ca'));
    await act(() => result.current.submit());

    expect(result.current.conflict).toEqual({ currentVersion: 6, yourVersion: 5, changedFields: ['phone'] });

    await act(() => result.current.reapplyMine());

    expect(reload).toHaveBeenCalledTimes(1);
    // Their phone stays; my email goes on top, with the version just read.
    expect(save).toHaveBeenLastCalledWith(
      { email: 'b@acme.ca' },
      { ...theirs.values, email: 'b@acme.ca' },
      6,
    );
    expect(result.current.conflict).toBeNull();
    expect(result.current.editing).toBe(false);
  });

  it('on a conflict, can drop this edit for theirs', async () => {
    const save = jest
      .fn()
      .mockRejectedValueOnce(
        refusal({ code: 'CONFLICT', currentVersion: 6, yourVersion: 5, changedFields: [] }),
      );
    const reload = jest.fn().mockResolvedValue({ version: 6, values: source.values });
    const { result } = setup(save, reload);
    act(() => result.current.startEdit());
    act(() => result.current.set('email', 'b@acme.ca'));
    await act(() => result.current.submit());
    await act(() => result.current.reloadTheirs());

    expect(save).toHaveBeenCalledTimes(1);
    expect(result.current.editing).toBe(false);
    expect(result.current.dirty).toBe(false);
  });
});
