import type { ClipOutcome } from '@/utils/capture/clip-outcome';

/**
 * The popup's clip button before React is there. The popup page's HTML holds the button and a tiny classic
 * script (entrypoints/early-clip.ts) arms it as the page is parsed: it is painted, labelled and takes a
 * click while React, the shell and the active tab's answer are still loading (≈80 ms on a slow machine,
 * most of the wait between the toolbar click and a usable button). A click there starts the clip at once
 * (the worker reads the page while React loads); the React button picks up its answer as it mounts
 * (takeEarlyClick) and shows it as its own.
 */

/** The tab as the popup's first script asked it (the fields the popup reads). */
export type EarlyTab = { id?: number; url?: string; windowId?: number } | null;

/** What the first script hands to React, on the window both share. */
interface EarlyState {
  /** The active tab, asked as the popup opened: React's first render uses this answer, not a second ask. */
  tab?: Promise<EarlyTab>;
  /** A clip started by a click on the static button; null when there was no tab to clip. */
  clip?: Promise<ClipOutcome | null>;
}

const KEY = 'newsclipEarly';
const stateOf = (win: Window): EarlyState => {
  const holder = win as unknown as Record<typeof KEY, EarlyState | undefined>;
  return (holder[KEY] ??= {});
};

export const EARLY_BUTTON_ID = 'early-clip';

/**
 * Labels and enables the static button; its first click calls `start` (which sends the clip) and keeps the
 * answer for React. `tab`: the active tab, asked once, shared with React (earlyTab).
 */
export function armEarlyClip(
  doc: Document,
  message: (key: 'clipThisPage' | 'clipping') => string,
  tab: Promise<EarlyTab>,
  start: (tabId: number) => Promise<ClipOutcome>,
): void {
  const win = doc.defaultView;
  const button = doc.getElementById(EARLY_BUTTON_ID);
  if (!win || !(button instanceof HTMLButtonElement)) return;
  const state = stateOf(win);
  state.tab = tab;
  button.textContent = message('clipThisPage');
  button.disabled = false;
  button.addEventListener(
    'click',
    () => {
      const clip = tab.then((active) => (active?.id === undefined ? null : start(active.id)));
      // Read by React when it mounts; a failure there is its to show, not an unhandled rejection here.
      clip.catch(() => undefined);
      state.clip = clip;
      button.disabled = true;
      button.textContent = message('clipping');
    },
    { once: true },
  );
  // The same mark the React button sets (use-paint-mark.ts), once this one is on screen and works.
  requestAnimationFrame(() => performance.mark('newsclip:clip-ready'));
}

/** The clip the static button started, if it was clicked; forgets it, so the click is acted on once. */
export function takeEarlyClick(doc: Document = document): Promise<ClipOutcome | null> | undefined {
  if (!doc.defaultView) return undefined;
  const state = stateOf(doc.defaultView);
  const clip = state.clip;
  delete state.clip;
  return clip;
}

/** The active tab as the popup's first script asked it, if that script ran (the popup, not the panel). */
export function earlyTab(doc: Document = document): Promise<EarlyTab> | undefined {
  return doc.defaultView ? stateOf(doc.defaultView).tab : undefined;
}
