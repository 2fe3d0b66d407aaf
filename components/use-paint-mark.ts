import { useEffect } from 'react';

/**
 * Records a performance mark the first time a view has content on screen (after the next frame), so
 * `npm run bench:ui` measures what the user sees rather than when scripts finished.
 */
export function usePaintMark(name: string, ready: boolean): void {
  useEffect(() => {
    if (!ready || performance.getEntriesByName(name).length) return;
    requestAnimationFrame(() => {
      if (!performance.getEntriesByName(name).length) performance.mark(name);
    });
  }, [name, ready]);
}
