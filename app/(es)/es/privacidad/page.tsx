import * as page from '@/app/(en)/privacy/page';
import { inLocale, metadataInLocale } from '@/lib/i18n/localized-route';

export const generateMetadata = metadataInLocale('es', page.generateMetadata);
export default inLocale('es', page.default);
