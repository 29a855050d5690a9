import * as page from '@/app/(en)/attorneys/[slug]/page';
import { inLocale, metadataInLocale, staticParamsInLocale } from '@/lib/i18n/localized-route';

export const dynamicParams = false;
export const generateStaticParams = staticParamsInLocale('es', page.generateStaticParams);
export const generateMetadata = metadataInLocale('es', page.generateMetadata);
export default inLocale('es', page.default);
