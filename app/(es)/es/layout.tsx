import * as layout from '@/app/(en)/layout';
import { inLocale, metadataInLocale } from '@/lib/i18n/localized-route';

// The root layout of the Spanish pages: the English one (app/(en)/layout.tsx), in Spanish.
export const viewport = layout.viewport;
export const generateMetadata = metadataInLocale('es', layout.generateMetadata);
export default inLocale('es', layout.default);
