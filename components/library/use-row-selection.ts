import { useCallback, useState } from 'react';
import { nextSelection } from './selection';
import { useStableCallback } from './use-stable-callback';

/**
 * The list's rows as the keyboard and the mouse pick them: the cursor (the row keys act on), the selected
 * rows and the anchor a shift-click or shift-arrow extends from. `ids`: the rows in view, in order.
 */
export function useRowSelection(ids: readonly number[]) {
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const [cursor, setCursor] = useState(0);

  /** The cursor to row `next`; `extend`: the selection becomes the range from the anchor to it. */
  const moveTo = (next: number, extend: boolean) => {
    if (extend) setSelected(nextSelection(new Set(), ids, next, anchor ?? cursor, true));
    else setAnchor(next);
    setCursor(next);
  };
  const toggleCursor = () => setSelected(nextSelection(selected, ids, cursor, anchor, false));
  const selectAll = () => setSelected(new Set(ids));
  /** A click on a row's box: toggles it, or with shift selects the range from the anchor. */
  const onToggle = useStableCallback((index: number, shift: boolean) => {
    setSelected(nextSelection(selected, ids, index, anchor, shift));
    if (!shift) setAnchor(index);
  });
  /** Another list is shown (a filter, a search): nothing selected in it, the cursor on its first row. */
  const restart = useCallback(() => {
    setSelected((s) => (s.size ? new Set() : s));
    setCursor(0);
  }, []);
  return { selected, setSelected, cursor, setCursor, moveTo, toggleCursor, selectAll, onToggle, restart };
}
