import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { createApolloClient } from '@/lib/apollo';
import { currentLocale, initI18n } from '@/lib/i18n';

void initI18n();
const client = createApolloClient({ language: currentLocale });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
