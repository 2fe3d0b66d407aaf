import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ModalDialog } from '@/components/library/modal-dialog';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const asked: string[] = [];

/** A page with an opener button and a dialog it opens; Escape closes it only when `escapes`. */
function Page({ escapes }: { escapes: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button data-testid="opener" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <ModalDialog
          title="Clip links"
          testId="dialog"
          onEscape={
            escapes
              ? () => {
                  asked.push('escape');
                  setOpen(false);
                }
              : undefined
          }
        >
          <textarea data-testid="text" />
        </ModalDialog>
      )}
    </>
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
  asked.length = 0;
});

function renderPage(escapes: boolean) {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<Page escapes={escapes} />));
  const opener = document.querySelector<HTMLButtonElement>('[data-testid=opener]')!;
  opener.focus();
  act(() => opener.click());
  return { opener, dialog: () => document.querySelector<HTMLDialogElement>('[data-testid=dialog]') };
}

/** Escape as the browser delivers it to a modal dialog: a cancelable `cancel` event. */
function pressEscape(dialog: HTMLDialogElement): boolean {
  const event = new Event('cancel', { cancelable: true });
  act(() => dialog.dispatchEvent(event));
  return event.defaultPrevented;
}

describe('ModalDialog', () => {
  it('opens as a modal dialog named by its title', () => {
    const { dialog } = renderPage(true);
    const shown = dialog()!;
    expect(shown.open).toBe(true);
    const title = document.getElementById(shown.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Clip links');
  });

  it('closes on Escape through its owner, and gives the focus back to the opener', () => {
    const { opener, dialog } = renderPage(true);
    (document.querySelector('[data-testid=text]') as HTMLTextAreaElement).focus();
    // The owner decides: the browser's own close is prevented, the owner unmounts the dialog.
    expect(pressEscape(dialog()!)).toBe(true);
    expect(asked).toEqual(['escape']);
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('stays open on Escape when its owner gives Escape nothing to do (a dialog at work)', () => {
    const { dialog } = renderPage(false);
    expect(pressEscape(dialog()!)).toBe(true);
    expect(dialog()?.open).toBe(true);
  });

  it('is shown again when the browser closes it by itself: only its owner closes it', () => {
    const { dialog } = renderPage(false);
    act(() => dialog()!.close());
    expect(dialog()?.open).toBe(true);
  });
});
