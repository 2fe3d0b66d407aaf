import { useCallback, useState } from 'react';

const SIDEBAR_KEY = 'newsclip:tag-sidebar-open';

/** The tag sidebar's open state: open unless the user folded it, kept across visits (folded, the list gets the room at 900 px). */
export function useFoldedSidebar(): [open: boolean, toggle: () => void] {
  const [open, setOpen] = useState(() => localStorage.getItem(SIDEBAR_KEY) !== '0');
  const toggle = useCallback(
    () =>
      setOpen((was) => {
        localStorage.setItem(SIDEBAR_KEY, was ? '0' : '1');
        return !was;
      }),
    [],
  );
  return [open, toggle];
}
