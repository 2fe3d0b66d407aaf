import { browser } from 'wxt/browser';
import type { ClipOutcome } from './clip-outcome';

/**
 * Feedback for clips made without the popup open (context menu, keyboard shortcut): a badge on the
 * toolbar button and the result in its tooltip.
 */
export async function showBadge(tabId: number, outcome: ClipOutcome): Promise<void> {
  const ok = outcome.status !== 'failed';
  const title =
    outcome.status === 'failed'
      ? `Newsclip: ${outcome.message}`
      : `Newsclip: ${outcome.status === 'saved' ? 'Saved' : 'Updated'} “${outcome.title}”`;
  await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#1a7f37' : '#cf222e' });
  await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  await browser.action.setTitle({ tabId, title });
}
