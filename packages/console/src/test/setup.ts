import { TextDecoder, TextEncoder } from 'node:util';
import { configure } from '@testing-library/react';
import { initI18n } from '@/lib/i18n';
import { resources } from '@/locales/resources';

// jsdom lacks them; React Router uses them.
Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
});

// Components under test speak English unless a test switches; keys never show as text.
void initI18n('en', resources);

// `findBy…` and `waitFor` wait on what the screen shows, for as long as a loaded machine needs (the
// library's 1 s default fails under load). A test that never sees it still fails, at Jest's timeout.
configure({ asyncUtilTimeout: 20_000 });
