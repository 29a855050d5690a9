import * as layout from '@/app/_pages/layout';
import { inLocale, metadataInLocale } from '@/lib/i18n/localized-route';

// The root layout of the Spanish pages (app/_pages/layout.tsx).
export const viewport = layout.viewport;
export const generateMetadata = metadataInLocale('es', layout.generateMetadata);
export default inLocale('es', layout.default);
