import type { KeyboardEvent } from 'react';
import { moveTarget, tableCommand } from './table-keys';
import type { useRowSelection } from './use-row-selection';
import { useStableCallback } from './use-stable-callback';

interface Actions {
  /** Opens the clip at this row in the editor. */
  open(index: number): void;
  /** Opens it with the focus in its tag field (`e`). */
  editTags(index: number): void;
  /** Deletes what the keys act on (the selected rows in view, else the cursor's). */
  remove(): void;
}

/** The clip list's key handler: its commands (table-keys.ts) applied to the rows and the open clip. */
export function useTableKeys(count: number, rows: ReturnType<typeof useRowSelection>, act: Actions) {
  return useStableCallback((e: KeyboardEvent) => {
    const command = tableCommand(e);
    const { cursor } = rows;
    if (!command || ((command.kind === 'open' || command.kind === 'edit-tags') && cursor >= count)) return;
    e.preventDefault();
    if (command.kind === 'move') rows.moveTo(moveTarget(command.to, cursor, count), command.extend);
    else if (command.kind === 'open') act.open(cursor);
    else if (command.kind === 'toggle') rows.toggleCursor();
    else if (command.kind === 'select-all') rows.selectAll();
    else if (command.kind === 'delete') act.remove();
    else act.editTags(cursor);
  });
}
