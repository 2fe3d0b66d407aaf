/**
 * The clip list's keyboard commands, as data the library acts on: the list is usable from the keyboard
 * alone (arrows, Home/End, Enter to open, Space to select, Ctrl+A, Delete, `e` for the tags).
 */
export type TableCommand =
  | { kind: 'move'; to: 'next' | 'previous' | 'first' | 'last'; extend: boolean }
  | { kind: 'open' }
  | { kind: 'toggle' }
  | { kind: 'select-all' }
  | { kind: 'delete' }
  | { kind: 'edit-tags' };

interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const MOVES: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

export function tableCommand(e: KeyLike): TableCommand | null {
  const to = MOVES[e.key];
  if (to) return { kind: 'move', to, extend: e.shiftKey };
  if (e.key === 'Enter') return { kind: 'open' };
  if (e.key === ' ') return { kind: 'toggle' };
  if ((e.key === 'a' && (e.ctrlKey || e.metaKey)) || e.key === 'A') return { kind: 'select-all' };
  if (e.key === 'Delete' || e.key === 'Backspace') return { kind: 'delete' };
  if (e.key === 'e') return { kind: 'edit-tags' };
  return null;
}

/** The row a move lands on, within the list. */
export function moveTarget(
  to: 'next' | 'previous' | 'first' | 'last',
  cursor: number,
  length: number,
): number {
  const next = to === 'next' ? cursor + 1 : to === 'previous' ? cursor - 1 : to === 'first' ? 0 : length - 1;
  return Math.max(0, Math.min(length - 1, next));
}
