/** /data/v1/carriers.schema.json: the JSON Schema of /data/v1/carriers.json, generated from the zod schemas. */
import { jsonFile, openDataJsonSchema } from '@/lib/opendata/carriers';

export const dynamic = 'force-static';

export function GET(): Response {
  return jsonFile(openDataJsonSchema());
}
