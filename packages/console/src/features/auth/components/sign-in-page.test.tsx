import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { MeQuery } from '../api/me-query';
import { SignInMutation } from '../api/sign-in-mutation';
import { RequireSession } from './require-session';
import { SignInPage } from './sign-in-page';

type Mocks = React.ComponentProps<typeof MockedProvider>['mocks'];

const signedOut = { request: { query: MeQuery }, result: { data: { me: null } } };
const signedIn = {
  request: { query: MeQuery },
  result: {
    data: {
      me: {
        __typename: 'Viewer',
        sessionId: 's1',
        user: {
          __typename: 'User',
          id: 'u1',
          email: 'admin@clientele.demo',
          displayName: 'Admin Démo',
          role: 'ADMIN',
          locale: 'en',
        },
        portalAccount: null,
        actingFor: null,
      },
    },
  },
};
const signIn = (password: string) => ({
  request: {
    query: SignInMutation,
    variables: { input: { login: 'admin@clientele.demo', password, kind: 'COOKIE' } },
  },
});

/** Where the router is, as text the test can read. */
function Where() {
  const location = useLocation();
  return <output data-testid="where">{`${location.pathname}${location.search}`}</output>;
}

function renderAt(url: string, mocks: Mocks) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route
            path="/clients/:id/:tab"
            element={
              <RequireSession>
                <p>The client’s tab</p>
              </RequireSession>
            }
          />
        </Routes>
        <Where />
      </MemoryRouter>
    </MockedProvider>,
  );
  return { where: () => screen.getByTestId('where').textContent ?? '' };
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { selector: 'input' }), { target: { value } });

describe('signing in', () => {
  it('sends a signed-out visitor to the sign-in page, remembering where they were going', async () => {
    const { where } = renderAt('/clients/c1/terms?x=1', [signedOut]);
    await waitFor(() => expect(where()).toMatch(/^\/sign-in\?/));
    expect(new URLSearchParams(where().split('?')[1]).get('next')).toBe('/clients/c1/terms?x=1');
  });

  it('shows the refusal of a wrong password, then goes where the user was headed', async () => {
    const { where } = renderAt('/sign-in?next=%2Fclients%2Fc1%2Fnotes', [
      signedOut,
      {
        ...signIn('wrong'),
        result: {
          data: null,
          errors: [
            {
              message: 'Wrong login or password, or the account is locked.',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        },
      },
      {
        ...signIn('Clientele-demo-2026'),
        result: {
          data: {
            signIn: {
              __typename: 'SignInPayload',
              expiresAt: '2026-12-01T00:00:00.000Z',
              user: { __typename: 'User', id: 'u1', displayName: 'Admin Démo', locale: 'en' },
            },
          },
        },
      },
      signedIn,
      signedIn,
    ]);

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    type('Email or user code', 'admin@clientele.demo');
    type('Password', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Wrong login or password');
    expect(where()).toMatch(/^\/sign-in/);

    type('Password', 'Clientele-demo-2026');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(where()).toBe('/clients/c1/notes'));
    expect(await screen.findByText('The client’s tab')).toBeTruthy();
  });

  it('asks for what is missing before sending anything', async () => {
    renderAt('/sign-in', [signedOut]);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(2);
  });
});
