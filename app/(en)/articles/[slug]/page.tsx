import * as page from '@/app/_pages/articles/[slug]/page';
import { inLocale, metadataInLocale, staticParamsInLocale } from '@/lib/i18n/localized-route';

export const dynamicParams = false;
export const generateStaticParams = staticParamsInLocale('en', page.generateStaticParams);
export const generateMetadata = metadataInLocale('en', page.generateMetadata);
export default inLocale('en', page.default);
