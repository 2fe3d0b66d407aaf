/**
 * A footnote label as the rules write it: word characters only. Labels are numbers the prepare pass assigns,
 * but the rules read them from attributes, so whatever an attribute holds can't close the `[^…]` early.
 */
export function footnoteLabel(raw: string | null): string {
  return (raw ?? '').replace(/[^\p{L}\p{N}_-]/gu, '').slice(0, 40) || '0';
}
