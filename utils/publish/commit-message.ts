/** The commit's message: "Newsclip: add 3 posts, update 1", then one line per file. */
export function commitMessage(added: readonly string[], updated: readonly string[]): string {
  const posts = (n: number) => `${n} post${n === 1 ? '' : 's'}`;
  const subject =
    added.length && updated.length
      ? `add ${posts(added.length)}, update ${updated.length}`
      : added.length
        ? `add ${posts(added.length)}`
        : `update ${posts(updated.length)}`;
  const lines = [...added.map((path) => `Add ${path}`), ...updated.map((path) => `Update ${path}`)];
  return `Newsclip: ${subject}\n\n${lines.join('\n')}\n`;
}
