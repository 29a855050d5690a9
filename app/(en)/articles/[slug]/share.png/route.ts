import * as image from '@/app/(en)/articles/[slug]/share-image';
import { imageInLocale, staticParamsInLocale } from '@/lib/i18n/localized-route';

// Drawn once, then served as a file (pages name it in their metadata: lib/seo/metadata.ts).
export const dynamic = 'force-static';
export const generateStaticParams = staticParamsInLocale('en', image.generateStaticParams);
export const GET = imageInLocale('en', image.default);
