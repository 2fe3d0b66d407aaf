import { useEffect, useState } from 'react';

/**
 * Becomes (and stays) true once `ready` is true and the frame showing it has been painted: for work that
 * must not hold up the first paint, such as reading thousands of rows.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (ready && !painted) requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
  }, [ready, painted]);
  return painted;
}
