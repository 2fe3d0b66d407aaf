import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useRowSelection } from '@/components/library/use-row-selection';
import { useTableKeys } from '@/components/library/use-table-keys';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const IDS = [10, 11, 12, 13, 14];
const done: string[] = [];

/** The library's list as the keys see it: five rows, the cursor, the selection and what was asked. */
function Table() {
  const rows = useRowSelection(IDS);
  const onKey = useTableKeys(IDS.length, rows, {
    open: (i) => done.push(`open ${IDS[i]}`),
    editTags: (i) => done.push(`tags ${IDS[i]}`),
    remove: () => done.push(`remove ${[...rows.selected].join(',') || IDS[rows.cursor]}`),
  });
  return (
    <div
      tabIndex={0}
      data-testid="table"
      data-cursor={rows.cursor}
      data-selected={[...rows.selected].sort().join(',')}
      onKeyDown={onKey}
    >
      {IDS.map((id, i) => (
        <input key={id} type="checkbox" data-index={i} onClick={(e) => rows.onToggle(i, e.shiftKey)} />
      ))}
    </div>
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  done.length = 0;
});

function mount() {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
  act(() => root!.render(<Table />));
  const table = host.querySelector<HTMLElement>('[data-testid=table]')!;
  const press = (key: string, mods: KeyboardEventInit = {}) =>
    act(() => {
      table.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...mods }));
    });
  const click = (i: number, shiftKey = false) =>
    act(() => {
      host
        .querySelector(`[data-index="${i}"]`)!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey }));
    });
  return { table, press, click };
}

describe('the library list from the keyboard (use-table-keys, use-row-selection)', () => {
  it('moves the cursor within the list, extends a range with Shift, toggles with Space', () => {
    const { table, press } = mount();
    press('ArrowDown');
    press('ArrowDown');
    expect(table.dataset.cursor).toBe('2');
    press('ArrowUp');
    press('ArrowUp');
    press('ArrowUp');
    expect(table.dataset.cursor).toBe('0');
    press('End');
    expect(table.dataset.cursor).toBe('4');
    press('Home');
    press('ArrowDown', { shiftKey: true });
    press('ArrowDown', { shiftKey: true });
    expect(table.dataset.selected).toBe('10,11,12');
    press(' ');
    expect(table.dataset.selected).toBe('10,11');
    press('a', { ctrlKey: true });
    expect(table.dataset.selected).toBe('10,11,12,13,14');
  });

  it('opens, edits tags and deletes at the cursor; clicks toggle and shift-click selects a range', () => {
    const { press, click, table } = mount();
    press('ArrowDown');
    press('Enter');
    press('e');
    press('Delete');
    expect(done).toEqual(['open 11', 'tags 11', 'remove 11']);
    click(1);
    click(3, true);
    expect(table.dataset.selected).toBe('11,12,13');
    click(2);
    expect(table.dataset.selected).toBe('11,13');
  });
});
