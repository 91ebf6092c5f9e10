import { TextDecoder, TextEncoder } from 'node:util';
import { initI18n } from '@/lib/i18n';
import { resources } from '@/locales/resources';

// jsdom lacks them; React Router uses them.
Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
});

// Components under test speak English unless a test switches; keys never show as text.
void initI18n('en', resources);
