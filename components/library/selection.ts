/** Multi-select as in a file manager: click toggles, shift-click selects the range from the anchor. */
export function nextSelection(
  selected: ReadonlySet<number>,
  ids: readonly number[],
  index: number,
  anchor: number | null,
  shift: boolean,
): Set<number> {
  const id = ids[index];
  if (id === undefined) return new Set(selected);
  if (shift && anchor !== null) {
    const [from, to] = anchor < index ? [anchor, index] : [index, anchor];
    const next = new Set(selected);
    for (let i = from; i <= to; i++) next.add(ids[i]!);
    return next;
  }
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
