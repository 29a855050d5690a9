import type { Locale } from '@/lib/routes';
import type { Messages } from './messages';

// Typed message keys and locales for next-intl's t() and useLocale().
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
