/** The HTML of the user's selection (every range), or '' when nothing is selected. */
export function selectionHtml(selection: Selection | null): string {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const doc = selection.getRangeAt(0).startContainer.ownerDocument;
  if (!doc) return '';
  const container = doc.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) container.append(selection.getRangeAt(i).cloneContents());
  return container.innerHTML;
}
