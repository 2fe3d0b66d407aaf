import type { Table } from 'dexie';
import { blockOf, editBlock, type PostingKey, type PostingRow } from './posting-block';

/** A clip's indexed words before and after a write (empty before an add, empty after a delete). */
export type WordChange = { id: number; before: readonly string[]; after: readonly string[] };

/** Per id, whether it ends up in the row (the last change of an id in a batch wins). */
type Edit = { word: string; block: number; ids: Map<number, boolean> };

/**
 * Brings the posting rows up to date with some clip writes: each (word, block) they touch is read once,
 * edited and written back (or deleted when empty). Call inside the write's transaction.
 */
export async function updatePostings(
  postings: Table<PostingRow, PostingKey>,
  changes: readonly WordChange[],
): Promise<void> {
  const edits = new Map<string, Edit>();
  const edit = (word: string, id: number): Edit => {
    const block = blockOf(id);
    const key = `${block}\u0000${word}`;
    let found = edits.get(key);
    if (!found) edits.set(key, (found = { word, block, ids: new Map() }));
    return found;
  };
  for (const { id, before, after } of changes) {
    const old = new Set(before);
    const now = new Set(after);
    for (const word of now) if (!old.has(word)) edit(word, id).ids.set(id, true);
    for (const word of old) if (!now.has(word)) edit(word, id).ids.set(id, false);
  }
  if (edits.size === 0) return;
  const list = [...edits.values()];
  const rows = await postings.bulkGet(list.map(({ word, block }): PostingKey => [word, block]));
  const puts: PostingRow[] = [];
  const deletes: PostingKey[] = [];
  list.forEach(({ word, block, ids }, i) => {
    const add: number[] = [];
    const remove: number[] = [];
    for (const [id, present] of ids) (present ? add : remove).push(id);
    const next = editBlock(word, block, rows[i], add, remove);
    if (next) puts.push(next);
    else if (rows[i]) deletes.push([word, block]);
  });
  await postings.bulkPut(puts);
  await postings.bulkDelete(deletes);
}
