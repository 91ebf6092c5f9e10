import { initI18n } from '@/lib/i18n';

// Components under test speak English unless a test switches; keys never show as text.
void initI18n('en');
