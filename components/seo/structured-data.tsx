import { jsonLdScriptContent, type JsonLd } from '@/lib/structured-data';

/**
 * schema.org JSON-LD for search engines (lib/structured-data.ts). A data block, never run as a
 * script, so the Content-Security-Policy has nothing to allow; its text is escaped so that no
 * value can end the element.
 */
export function StructuredData({ data }: { data: JsonLd }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(data) }} />;
}
