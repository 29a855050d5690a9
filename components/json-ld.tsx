import { serializeJsonLd, type JsonLd as JsonLdData } from '@/lib/seo/json-ld';

export function JsonLd({ data }: { data: JsonLdData | undefined }) {
  if (!data) return null;
  // Escaped by serializeJsonLd; a data block, never executed.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
