import * as page from '@/app/(en)/glossary/page';
import { inLocale, metadataInLocale } from '@/lib/i18n/localized-route';

export const generateMetadata = metadataInLocale('es', page.generateMetadata);
export default inLocale('es', page.default);
