/**
 * The host permission a destination needs: its one origin, as a match pattern. Without the port: Chrome's
 * match patterns take none (a pattern for a host covers all its ports), and Firefox accepts the same form.
 */
export function destinationOrigin(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
