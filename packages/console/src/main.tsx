import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { markSignedOut } from '@/features/auth/api/me-query';
import { createApolloClient } from '@/lib/apollo';
import { currentLocale, followLanguageOfOtherTabs, initI18n } from '@/lib/i18n';

// A session that ends (expired, signed out elsewhere) sends the person to the sign-in page.
const client = createApolloClient({
  language: currentLocale,
  onUnauthenticated: () => markSignedOut(client),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first screen waits for its language's texts (one small chunk of our own), never for both.
void initI18n().then(() => {
  followLanguageOfOtherTabs();
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
});
