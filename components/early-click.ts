/**
 * The popup's clip button before React is there. The popup page's HTML holds the button and a tiny classic
 * script (entrypoints/early-clip.ts) arms it as the page is parsed: it is painted, labelled and takes a
 * click while React, the shell and the active tab's answer are still loading (≈80 ms on a slow machine,
 * most of the wait between the toolbar click and a usable button). A click there is only noted, on the
 * document; the React button picks it up as it mounts (takeEarlyClick) and clips the same way as its own.
 */
const FLAG = 'newsclipEarlyClick';

export const EARLY_BUTTON_ID = 'early-clip';

/** Labels and enables the static button, and notes its first click. */
export function armEarlyClip(doc: Document, message: (key: 'clipThisPage' | 'clipping') => string): void {
  const button = doc.getElementById(EARLY_BUTTON_ID);
  if (!(button instanceof HTMLButtonElement)) return;
  button.textContent = message('clipThisPage');
  button.disabled = false;
  button.addEventListener(
    'click',
    () => {
      doc.documentElement.dataset[FLAG] = 'article';
      button.disabled = true;
      button.textContent = message('clipping');
    },
    { once: true },
  );
  // The same mark the React button sets (use-paint-mark.ts), once this one is on screen and works.
  requestAnimationFrame(() => performance.mark('newsclip:clip-ready'));
}

/** Whether the static button was clicked; forgets it, so the click is acted on once. */
export function takeEarlyClick(doc: Document = document): boolean {
  const clicked = doc.documentElement.dataset[FLAG] === 'article';
  delete doc.documentElement.dataset[FLAG];
  return clicked;
}
