/**
 * A Markdown text as its blocks (paragraphs, headings, list items' runs, fenced code), each trimmed: the
 * unit a change between two versions of a story is counted in. A fence keeps its blank lines inside.
 */
export function markdownBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    const block = current.join('\n').trim();
    if (block) blocks.push(block);
    current = [];
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) {
      flush();
      fence = marker;
    } else if (fence !== undefined && marker?.startsWith(fence)) {
      current.push(line);
      fence = undefined;
      flush();
      continue;
    }
    if (fence === undefined && line.trim() === '') flush();
    else current.push(line);
  }
  flush();
  return blocks;
}
