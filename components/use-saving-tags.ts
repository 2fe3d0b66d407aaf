import { useEffect, useRef, useState } from 'react';
import { normalizeTagList } from '@/utils/tags/normalize-tag';

/** The list as the store keeps it (normalized, each tag once), for telling when a save has landed. */
const storedForm = (tags: readonly string[]): string => normalizeTagList(tags).join('\n');

/**
 * The tags a form shows where each tag edit saves at once (`save` answers whether it was stored). Quick
 * edits all count before the store answers: the list shown is the one last sent until the store holds it.
 * Taking an older save's answer meanwhile brought back a chip just removed; a chip jumping back under the
 * pointer took the next click, and the edit sent from that list stored the removed tag again.
 */
export function useSavingTags(
  stored: string[],
  save: (tags: string[]) => Promise<boolean>,
): [tags: string[], change: (next: string[]) => void] {
  const [tags, setTags] = useState(stored);
  const [seen, setSeen] = useState(stored);
  /** The stored form of the list last sent, until the store holds it (or its save has answered). */
  const [sent, setSent] = useState<string | null>(null);
  if (seen.join('\n') !== stored.join('\n')) {
    setSeen(stored);
    if (sent === null || sent === storedForm(stored)) {
      setSent(null);
      setTags(stored);
    }
  }
  // The store's list as last rendered: what a failed save goes back to.
  const latest = useRef(stored);
  useEffect(() => {
    latest.current = stored;
  });
  const change = (next: string[]) => {
    const key = storedForm(next);
    setTags(next);
    setSent(key);
    void save(next).then((ok) => {
      setSent((current) => (current === key ? null : current));
      if (!ok) setTags(latest.current);
    });
  };
  return [tags, change];
}
