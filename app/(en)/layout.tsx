import * as layout from '@/app/_pages/layout';
import { inLocale, metadataInLocale } from '@/lib/i18n/localized-route';

// The root layout of the English pages (app/_pages/layout.tsx).
export const viewport = layout.viewport;
export const generateMetadata = metadataInLocale('en', layout.generateMetadata);
export default inLocale('en', layout.default);
