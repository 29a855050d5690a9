import * as image from '@/app/(en)/share.png/share-image';
import { imageInLocale } from '@/lib/i18n/localized-route';

// Drawn once, then served as a file (pages name it in their metadata: lib/seo/metadata.ts).
export const dynamic = 'force-static';
export const GET = imageInLocale('en', image.default);
