import { parse } from 'yaml';

/** Splits a post into its parsed frontmatter and body. Throws with a reason when there is none. */
export function parsePost(text: string): { frontmatter: Record<string, unknown>; body: string } {
  // The closing fence is a line of its own: `title: ---` inside the frontmatter does not end it.
  const match = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) throw new Error('No YAML frontmatter between --- lines at the top of the file');
  const frontmatter: unknown = parse(match[1] ?? '');
  if (!frontmatter || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    throw new Error('Frontmatter is not a mapping of fields');
  }
  return {
    frontmatter: frontmatter as Record<string, unknown>,
    body: (match[2] ?? '').replace(/^\r?\n/, ''),
  };
}
