import * as image from '@/app/(en)/attorneys/[slug]/share-image';
import { imageInLocale, staticParamsInLocale } from '@/lib/i18n/localized-route';

// Drawn once, then served as a file (pages name it in their metadata: lib/seo/metadata.ts).
export const dynamic = 'force-static';
export const generateStaticParams = staticParamsInLocale('es', image.generateStaticParams);
export const GET = imageInLocale('es', image.default);
