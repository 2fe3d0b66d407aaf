import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredSummary } from '@/utils/clip-schema';
import { addressVariants } from '@/utils/capture/address-variants';
import { getDb } from '@/utils/db/clip-db';

/**
 * The stored clip of the page the popup was opened on, if any: looked up by the page's address and its
 * AMP, mobile and tracking-free forms (one indexed query), live, so a clip made now shows at once.
 */
export function useClippedAlready(url: string | undefined): StoredSummary | undefined {
  return useLiveQuery(async () => {
    const variants = addressVariants(url);
    if (variants.length === 0) return undefined;
    return getDb().clips.where('canonicalURL').anyOf(variants).first();
  }, [url]);
}
