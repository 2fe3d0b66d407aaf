import { useEffect, useState } from 'react';

/**
 * A module loaded on demand, as state: undefined until `load` resolves, which starts once `wanted` is
 * true. Not React's `lazy` + `<Suspense>`: React 19 holds back a suspended boundary's reveal for about
 * 300 ms (its fallback throttle), even when the chunk is already loaded, which delayed the clip form that
 * long after every clip.
 */
export function useLazyModule<T>(load: () => Promise<T>, wanted: boolean): T | undefined {
  const [loaded, setLoaded] = useState<{ module: T }>();
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    void load().then((module) => live && setLoaded({ module }));
    return () => {
      live = false;
    };
  }, [load, wanted, loaded]);
  return loaded?.module;
}
