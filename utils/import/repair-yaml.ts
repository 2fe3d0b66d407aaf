import { Scalar, stringify } from 'yaml';

/** A top-level `key: value` line; the key as people write them (letters, digits, `_`, `-`, `.`). */
const TOP_LEVEL_PAIR = /^([A-Za-z_][\w.-]*):[ \t]+(.*?)[ \t]*$/;
/** Values that are not plain scalars (quoted, flow, block, anchor, alias, tag …) are left alone. */
const NOT_PLAIN = /^['"[{|>&*!%@`#]/;

export type YamlRepair = { line: number; key: string };

/**
 * Quotes plain top-level values that contain `: ` (or end with `:`), the most common hand-written YAML
 * mistake — as in `title: Foreign Media: Sora Emerges` — which no valid document contains. Quoting is done
 * by the yaml library. A ` #` comment after the value stays a comment. Line numbers are 1-based in `yaml`.
 */
export function quoteColonValues(yaml: string): { yaml: string; repairs: YamlRepair[] } {
  const repairs: YamlRepair[] = [];
  const lines = yaml.split('\n').map((line, i) => {
    const cr = line.endsWith('\r') ? '\r' : '';
    const match = TOP_LEVEL_PAIR.exec(cr ? line.slice(0, -1) : line);
    if (!match) return line;
    const [, key = '', raw = ''] = match;
    const comment = /[ \t]#/.exec(raw);
    const value = comment ? raw.slice(0, comment.index).trimEnd() : raw;
    if (!value || NOT_PLAIN.test(value) || !/:([ \t]|$)/.test(value)) return line;
    repairs.push({ line: i + 1, key });
    const quoted = stringify(new Scalar(value), {
      defaultStringType: Scalar.QUOTE_DOUBLE,
      lineWidth: 0,
    }).trimEnd();
    return `${key}: ${quoted}${comment ? raw.slice(comment.index) : ''}${cr}`;
  });
  return { yaml: lines.join('\n'), repairs };
}
