import { describe, expect, it } from 'vitest';
import { publishScopes } from '../../../components/library/publish-scopes';
import { ALL } from '../../../components/tag-filter';

describe('publishScopes: what "Publish…" offers', () => {
  it('offers everything alone when nothing is selected and nothing narrows the list', () => {
    expect(publishScopes([1, 2, 3], [1, 2, 3], [], ALL, '').map((s) => [s.id, s.ids])).toEqual([
      ['all', [1, 2, 3]],
    ]);
  });

  it('offers the selection, the tag in view and everything, in that order', () => {
    const scopes = publishScopes([1, 2, 3, 4], [2, 3], [3], { kind: 'tag', tag: 'ferries' }, '');
    expect(scopes.map((s) => [s.id, s.ids])).toEqual([
      ['selection', [3]],
      ['view', [2, 3]],
      ['all', [1, 2, 3, 4]],
    ]);
    expect(scopes[1]!.label).toBe('ferries');
  });

  it('names a search by its words', () => {
    expect(publishScopes([1, 2], [2], [], ALL, 'tidal barrage')[0]).toMatchObject({
      id: 'view',
      label: 'tidal barrage',
    });
  });
});
