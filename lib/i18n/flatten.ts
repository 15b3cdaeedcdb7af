/** { "a.b": "text" } from the nested JSON of a locale file. */
export function flatten(value: object, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child !== null && typeof child === 'object' && !Array.isArray(child)) flatten(child, path, out);
    else out[path] = child;
  }
  return out;
}
