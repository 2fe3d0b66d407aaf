import type { MessageKey } from '../i18n/t';

/** Where something is in a template: 1-based, as an editor shows it. */
export type Position = { line: number; column: number };

export type FilterCall = Position & { name: string; arg?: string };
export type Expression = Position & { variable: string; filters: FilterCall[] };
export type Segment = { kind: 'text'; text: string } | ({ kind: 'expr' } & Expression);

/** Why a template can't be used, as the message that says so and the name it is about. */
export type TemplateProblem = Position & { key: MessageKey; name?: string; detail?: string };

export type ParsedTemplate = { segments: Segment[]; problems: TemplateProblem[] };

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /-?\d+(?:\.\d+)?/y;

/**
 * Reads `text {{ variable | filter:"arg" | filter }} text` into text and expressions with their positions.
 * Nothing is evaluated: an expression is only ever a name and filter names with literal arguments, looked
 * up in fixed tables (template-variables.ts, template-filters.ts). Problems are collected, not thrown, so
 * the editor shows where each one is.
 */
export function parseTemplate(text: string): ParsedTemplate {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const at = (offset: number): Position => {
    let line = lineStarts.length - 1;
    while (line > 0 && (lineStarts[line] ?? 0) > offset) line--;
    return { line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1 };
  };

  const segments: Segment[] = [];
  const problems: TemplateProblem[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  };
  const readName = (): string | null => {
    NAME.lastIndex = i;
    const m = NAME.exec(text);
    if (!m) return null;
    i += m[0].length;
    return m[0];
  };
  /** A quoted string ("…" or '…', with \ escaping the next character) or a number. */
  const readArg = (): string | null => {
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      let value = '';
      for (let j = i + 1; j < text.length; j++) {
        const c = text[j] ?? '';
        if (c === '\\' && j + 1 < text.length) value += text[++j] ?? '';
        else if (c === quote) {
          i = j + 1;
          return value;
        } else value += c;
      }
      problems.push({ key: 'tplUnterminatedString', ...at(i) });
      i = text.length;
      return null;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return null;
    i += m[0].length;
    return m[0];
  };

  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) {
      segments.push({ kind: 'text', text: text.slice(i) });
      break;
    }
    if (open > i) segments.push({ kind: 'text', text: text.slice(i, open) });
    i = open + 2;
    const start = at(open);
    const expr = parseExpression();
    if (expr === 'unclosed') {
      problems.push({ key: 'tplUnclosed', ...start });
      break;
    }
    if (expr) segments.push({ kind: 'expr', ...expr });
  }
  return { segments, problems };

  /** After `{{`: the expression up to and including `}}`; null when it had a problem (recorded). */
  function parseExpression(): Expression | null | 'unclosed' {
    skipSpace();
    const where = at(i);
    const variable = readName();
    if (!variable) return fail(text.startsWith('}}', i) ? 'tplEmpty' : 'tplSyntax', where);
    const filters: FilterCall[] = [];
    skipSpace();
    while (text[i] === '|') {
      i++;
      skipSpace();
      const filterAt = at(i);
      const name = readName();
      if (!name) return fail('tplSyntax', filterAt);
      skipSpace();
      let arg: string | undefined;
      if (text[i] === ':') {
        i++;
        skipSpace();
        const argAt = at(i);
        const value = readArg();
        if (value === null) return i >= text.length ? 'unclosed' : fail('tplSyntax', argAt);
        arg = value;
        skipSpace();
      }
      filters.push({ name, ...(arg === undefined ? {} : { arg }), ...filterAt });
    }
    if (text.startsWith('}}', i)) {
      i += 2;
      return { variable, filters, ...where };
    }
    return i >= text.length ? 'unclosed' : fail('tplSyntax', at(i));
  }

  /** Records the problem and skips to the end of the expression, so later ones are still checked. */
  function fail(key: MessageKey, where: Position): null | 'unclosed' {
    const close = text.indexOf('}}', i);
    if (close < 0) return 'unclosed';
    problems.push({ key, ...where });
    i = close + 2;
    return null;
  }
}
