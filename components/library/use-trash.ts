import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getDb } from '@/utils/db/clip-db';
import { purgeTrash } from '@/utils/db/trash';

/**
 * How many clips are in the trash and kept aside (live). Opening the library purges the trash of clips
 * deleted more than 30 days ago: it is where the trash is seen, and a purge needs no background wake-up.
 */
export function useTrash(onError: (error: unknown) => void): { trashed: number; keptAside: number } {
  const db = getDb();
  useEffect(() => {
    purgeTrash(db).catch(onError);
  }, [db, onError]);
  const trashed = useLiveQuery(() => db.trash.count(), []) ?? 0;
  const keptAside = useLiveQuery(() => db.quarantine.count(), []) ?? 0;
  return { trashed, keptAside };
}
