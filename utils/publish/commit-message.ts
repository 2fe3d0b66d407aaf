const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The commit's message: "Newsclip: add 3 posts, update 1, save 2 images", then one line per file. Images
 * are told apart from posts: a reader of the history counts posts.
 */
export function commitMessage(
  added: readonly string[],
  updated: readonly string[],
  images: readonly string[] = [],
): string {
  const parts: string[] = [];
  if (added.length) parts.push(`add ${count(added.length, 'post')}`);
  if (updated.length) parts.push(`update ${added.length ? updated.length : count(updated.length, 'post')}`);
  if (images.length) parts.push(`save ${count(images.length, 'image')}`);
  const lines = [
    ...added.map((path) => `Add ${path}`),
    ...updated.map((path) => `Update ${path}`),
    ...images.map((path) => `Save ${path}`),
  ];
  return `Newsclip: ${parts.join(', ')}\n\n${lines.join('\n')}\n`;
}
