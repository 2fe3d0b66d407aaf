import { ANY_MARKER, HARD_BREAK } from './markers';

/** A fence, after the code region's start marker the safety pass reads (./markers). */
const FENCE = /^ {0,3}\uE005?(`{3,}|~{3,})/;
const CODE_MARK = /[\uE005\uE006]/g;

/**
 * Final tidy-up: hard-break markers become two trailing spaces (or vanish at the end of a block), other
 * trailing whitespace goes, blank-line runs collapse to one (outside code blocks), no leading/trailing
 * blank lines and no final newline.
 */
export function normalizeMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  let blank = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    const open = FENCE.exec(line)?.[1];
    if (fence) {
      const rest = line
        .replace(CODE_MARK, '')
        .trim()
        .slice(open?.length ?? 0);
      if (open && open[0] === fence[0] && open.length >= fence.length && !rest) fence = null;
      out.push(line.replace(ANY_MARKER, ''));
      continue;
    }
    if (open) fence = open;
    const hardBreak = line.includes(HARD_BREAK);
    line = line.replace(ANY_MARKER, '').replace(/[ \t\u00a0]+$/, '');
    const next = lines[i + 1] ?? '';
    if (hardBreak && line.trim() && next.replace(ANY_MARKER, '').trim()) line += '  ';
    if (!line.trim()) {
      blank++;
      if (blank === 1 && out.length) out.push('');
      continue;
    }
    blank = 0;
    out.push(line);
  }
  return out.join('\n').trim();
}
