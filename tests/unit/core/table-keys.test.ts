import { moveTarget, tableCommand } from '../../../components/library/table-keys';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('the clip list’s keyboard commands', () => {
  it('maps each key the README lists, and leaves every other key to the page', () => {
    expect(tableCommand(key('ArrowDown'))).toEqual({ kind: 'move', to: 'next', extend: false });
    expect(tableCommand(key('ArrowUp', { shiftKey: true }))).toEqual({
      kind: 'move',
      to: 'previous',
      extend: true,
    });
    expect(tableCommand(key('Home'))?.kind).toBe('move');
    expect(tableCommand(key('Enter'))).toEqual({ kind: 'open' });
    expect(tableCommand(key(' '))).toEqual({ kind: 'toggle' });
    expect(tableCommand(key('a', { ctrlKey: true }))).toEqual({ kind: 'select-all' });
    expect(tableCommand(key('a', { metaKey: true }))).toEqual({ kind: 'select-all' });
    expect(tableCommand(key('Delete'))).toEqual({ kind: 'delete' });
    expect(tableCommand(key('Backspace'))).toEqual({ kind: 'delete' });
    expect(tableCommand(key('e'))).toEqual({ kind: 'edit-tags' });
    expect(tableCommand(key('a'))).toBeNull();
    expect(tableCommand(key('Tab'))).toBeNull();
  });

  it('keeps moves inside the list', () => {
    expect(moveTarget('next', 4, 5)).toBe(4);
    expect(moveTarget('previous', 0, 5)).toBe(0);
    expect(moveTarget('last', 1, 5)).toBe(4);
    expect(moveTarget('first', 3, 5)).toBe(0);
    expect(moveTarget('next', 0, 0)).toBe(0);
  });
});
