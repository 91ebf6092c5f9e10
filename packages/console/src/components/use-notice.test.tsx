import { act, fireEvent, render, screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { i18n } from '@/lib/i18n';
import { useNotice, type Wording } from './use-notice';

/** A component that words its notice the way the console's pages do. */
function Probe({ name }: { name: string }) {
  const { t } = useTranslation(['contacts', 'common']);
  const [notice, say, dismiss] = useNotice<Wording<['contacts', 'common']>>();
  return (
    <>
      <button onClick={() => say((t) => t('primary.done', { name }))}>make primary</button>
      <button onClick={dismiss}>dismiss</button>
      <p role="status">{notice?.(t)}</p>
    </>
  );
}

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('useNotice', () => {
  it('keeps how to word the notice, so the one on screen follows a change of language', async () => {
    render(<Probe name="Ada Lovelace" />);
    expect(screen.getByRole('status').textContent).toBe('');

    // Were the wording handed to setState as it is, React would call it as an updater (and fail).
    fireEvent.click(screen.getByRole('button', { name: 'make primary' }));
    expect(screen.getByRole('status').textContent).toBe('Ada Lovelace is now the primary contact.');

    await act(() => i18n.changeLanguage('fr'));
    expect(screen.getByRole('status').textContent).toBe('Ada Lovelace est maintenant le contact principal.');

    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('status').textContent).toBe('Ada Lovelace is now the primary contact.');
  });

  it('says nothing once dismissed, in any language', async () => {
    render(<Probe name="Ada Lovelace" />);
    fireEvent.click(screen.getByRole('button', { name: 'make primary' }));
    fireEvent.click(screen.getByRole('button', { name: 'dismiss' }));
    expect(screen.getByRole('status').textContent).toBe('');
    await act(() => i18n.changeLanguage('fr'));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
