import { browser } from 'wxt/browser';
import type { ClipOutcome } from './clip-outcome';
import { thinMessage } from './failure-message';
import { t } from '../i18n/t';

/**
 * Feedback for clips made without the popup open (context menu, keyboard shortcut): a badge on the
 * toolbar button and the result in its tooltip.
 */
export async function showBadge(tabId: number, outcome: ClipOutcome): Promise<void> {
  // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same calls.
  const action = browser.action ?? browser.browserAction;
  // A thin article saved without asking is saved, but not "fine": an amber "!" and the reason.
  const ok = outcome.status !== 'failed' && !outcome.thin;
  const title =
    outcome.status === 'failed'
      ? `Newsclip: ${outcome.message}`
      : outcome.thin
        ? `Newsclip: ${t('badgeSavedThin', outcome.title, thinMessage(outcome.thin))}`
        : `Newsclip: ${outcome.status === 'saved' ? 'Saved' : 'Updated'} “${outcome.title}”`;
  const color = ok ? '#1a7f37' : outcome.status === 'failed' ? '#cf222e' : '#9a6700';
  await action.setBadgeBackgroundColor({ tabId, color });
  await action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  await action.setTitle({ tabId, title });
}
