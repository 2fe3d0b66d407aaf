import { browser } from 'wxt/browser';
import type { ClipOutcome } from './clip-outcome';

/**
 * Feedback for clips made without the popup open (context menu, keyboard shortcut): a badge on the
 * toolbar button and the result in its tooltip.
 */
export async function showBadge(tabId: number, outcome: ClipOutcome): Promise<void> {
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same calls.
  const action = browser.action ?? browser.browserAction;
  const ok = outcome.status !== 'failed';
  const title =
    outcome.status === 'failed'
      ? `Newsclip: ${outcome.message}`
      : `Newsclip: ${outcome.status === 'saved' ? 'Saved' : 'Updated'} “${outcome.title}”`;
  await action.setBadgeBackgroundColor({ tabId, color: ok ? '#1a7f37' : '#cf222e' });
  await action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  await action.setTitle({ tabId, title });
}
