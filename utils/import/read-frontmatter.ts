import { isMap, isScalar, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { quoteColonValues, type YamlRepair } from './repair-yaml';

export type FrontmatterProblem = { line?: number; message: string };

export type ReadFrontmatter =
  | {
      ok: true;
      frontmatter: Record<string, unknown>;
      body: string;
      /** Lines (1-based, in the file) whose value was quoted to make the YAML valid. */
      repairs: YamlRepair[];
      warnings: FrontmatterProblem[];
      /** The file line of a top-level key, for pointing at a bad value. */
      lineOf(key: string): number | undefined;
    }
  | { ok: false; problems: FrontmatterProblem[] };

/** The frontmatter starts on file line 2, after the opening `---`. */
const FIRST_LINE = 2;
/** Aliases a frontmatter may expand: real posts use none; a "billion laughs" needs thousands. */
const MAX_ALIAS_COUNT = 100;
const FENCED = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

function parse(yaml: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset).line + FIRST_LINE - 1;
  const issue = (e: YAMLError): FrontmatterProblem => ({
    line: at(e.pos[0]),
    message: e.message.replace(/ at line \d+, column \d+.*$/s, ''),
  });
  // One mistake often trips several errors on its line; the first says most.
  const firstPerLine = (list: FrontmatterProblem[]) =>
    list.filter((p, i) => list.findIndex((q) => q.line === p.line) === i);
  return { doc, at, errors: firstPerLine(doc.errors.map(issue)), warnings: doc.warnings.map(issue) };
}

/**
 * Splits a Markdown file into frontmatter and body and parses the YAML. Invalid YAML caused only by
 * unquoted `: ` in values is repaired (and the lines reported); anything else is a problem with a line.
 */
export function readFrontmatter(text: string): ReadFrontmatter {
  const source = text.replace(/^\uFEFF/, '');
  const match = FENCED.exec(source);
  if (!match) {
    const opened = /^---[ \t]*\r?\n/.test(source);
    return {
      ok: false,
      problems: [
        {
          line: 1,
          message: opened
            ? 'The frontmatter that starts here is never closed by a --- line'
            : 'No YAML frontmatter: the file must start with a --- line',
        },
      ],
    };
  }
  const yaml = match[1] ?? '';
  let parsed = parse(yaml);
  let repairs: YamlRepair[] = [];
  if (parsed.errors.length) {
    const repaired = quoteColonValues(yaml);
    const again = repaired.repairs.length ? parse(repaired.yaml) : parsed;
    if (again.errors.length) return { ok: false, problems: again.errors };
    parsed = again;
    repairs = repaired.repairs.map((r) => ({ ...r, line: r.line + FIRST_LINE - 1 }));
  }
  let value: unknown;
  try {
    value = parsed.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml library throws (a ReferenceError) when aliases expand past the count: an alias bomb.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ line: FIRST_LINE, message: `The frontmatter could not be read (${message})` }],
    };
  }
  const contents = parsed.doc.contents;
  if (value !== null && (typeof value !== 'object' || Array.isArray(value) || !isMap(contents))) {
    return {
      ok: false,
      problems: [{ line: FIRST_LINE, message: 'The frontmatter is not a list of key: value fields' }],
    };
  }
  const lines = new Map<string, number>();
  if (isMap(contents)) {
    for (const pair of contents.items) {
      if (isScalar(pair.key) && pair.key.range)
        lines.set(String(pair.key.value), parsed.at(pair.key.range[0]));
    }
  }
  return {
    ok: true,
    frontmatter: (value ?? {}) as Record<string, unknown>,
    // One blank line after the fence is the separator, not part of the body.
    body: (match[2] ?? '').replace(/^\r?\n/, ''),
    repairs,
    warnings: parsed.warnings,
    lineOf: (key) => lines.get(key),
  };
}
