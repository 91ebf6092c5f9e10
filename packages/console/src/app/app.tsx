import { useEffect, useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { RouterProvider } from 'react-router';
import type { ApolloClient } from '@apollo/client';
import { useLocale } from '@/lib/i18n';
import { router } from './router';
import { createAppTheme } from './theme';

/** The providers every screen relies on; the theme follows the language for MUI's own texts. */
export function App({ client }: { client: ApolloClient }) {
  const locale = useLocale();
  const theme = useMemo(() => createAppTheme(locale), [locale]);
  // Set once the whole tree has rendered in the new language (effects run after the commit), so
  // screen readers, the browser's spelling and hyphenation, and a test waiting on it see one language.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ApolloProvider client={client}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <RouterProvider router={router} />
      </ThemeProvider>
    </ApolloProvider>
  );
}
