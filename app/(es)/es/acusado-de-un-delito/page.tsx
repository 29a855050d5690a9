import * as page from '@/app/(en)/charged-with-a-crime/page';
import { inLocale, metadataInLocale } from '@/lib/i18n/localized-route';

export const generateMetadata = metadataInLocale('es', page.generateMetadata);
export default inLocale('es', page.default);
