import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

type Props = {
  title: string;
  testId: string;
  className?: string;
  /** What Escape does; by default nothing (a dialog at work, e.g. publishing, is left as it is). */
  onEscape?(): void;
  children: ReactNode;
};

/**
 * The library's dialogs, on the native modal `<dialog>`: it takes the focus and the page behind it is inert,
 * so the list's keys (Delete!) and `/` can't act on clips the dialog hides; Escape runs `onEscape`; closing
 * (unmounting) gives the focus back to what had it.
 */
export function ModalDialog({ title, testId, className, onEscape, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // A dialog the browser closes by itself (Chromium does on a second Escape it was refused) is shown again:
  // only the owner closes it, by unmounting it.
  const unmounting = useRef(false);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    unmounting.current = false;
    if (!dialog.open) dialog.showModal();
    return () => {
      unmounting.current = true;
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onEscape?.();
      }}
      onClose={() => {
        if (!unmounting.current && ref.current && !ref.current.open) ref.current.showModal();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
