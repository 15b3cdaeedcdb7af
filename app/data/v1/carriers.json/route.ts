/** /data/v1/carriers.json: the catalogue as open data, written at build time (lib/opendata/carriers.ts). */
import { jsonFile, publishedOpenData } from '@/lib/opendata/carriers';

export const dynamic = 'force-static';

export function GET(): Response {
  return jsonFile(publishedOpenData());
}
