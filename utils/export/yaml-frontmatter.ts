import { Document, isMap, isNode, isScalar, parse, Scalar, visit } from 'yaml';

/**
 * Would a YAML 1.1 reader (js-yaml, used by Astro and many static site generators) read this plain
 * string as something else (yes → true, 2024-01-01 → a date, 0755 → octal)? The `yaml` library writes
 * for YAML 1.2 and only quotes what 1.2 finds ambiguous, so ask its 1.1 schema too.
 */
function ambiguousInYaml11(value: string): boolean {
  if (value === '' || /[\n\r]/.test(value)) return false;
  // Fast path: a string starting with a letter is only ever special as one of 1.1's bare words.
  if (/^\p{L}/u.test(value) && !/^(?:y|n|yes|no|on|off|true|false|null|nan|inf)$/i.test(value)) return false;
  try {
    return parse(value, { version: '1.1', logLevel: 'error' }) !== value;
  } catch {
    return true;
  }
}

/**
 * Serializes frontmatter fields (in insertion order) with the `yaml` library, never by concatenation.
 * Strings any common reader could mistake for another type, and multi-line strings, are double-quoted; the fields named in
 * `dateKeys` hold ISO-8601 instants and stay plain, so Astro's `z.date()` reads them as dates.
 */
export function toYamlFrontmatter(fields: Record<string, unknown>, dateKeys: readonly string[] = []): string {
  const doc = new Document(fields);
  if (!isMap(doc.contents)) throw new TypeError('frontmatter must be a mapping');
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    // A user template's keys are the user's (or a shared file's): `yes:` would be `true:` to YAML 1.1.
    if (isScalar(pair.key) && (/[\n\r]/.test(key) || ambiguousInYaml11(key)))
      pair.key.type = Scalar.QUOTE_DOUBLE;
    if (dateKeys.includes(key) || !isNode(pair.value)) continue;
    visit(pair.value, {
      Scalar(_, node) {
        if (typeof node.value !== 'string') return;
        // Multi-line text is double-quoted with \n escapes: block scalars lose whitespace-only lines
        // (yaml 2.9 writes " \n" as a block that reads back as "\n"), and every reader agrees on escapes.
        if (/[\n\r]/.test(node.value) || ambiguousInYaml11(node.value)) node.type = Scalar.QUOTE_DOUBLE;
      },
    });
  }
  // One line per value: yaml 2.9 folds long double-quoted text across lines and can garble its escapes.
  return doc.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER });
}
