import { browser } from 'wxt/browser';
import type { ClipOutcome } from './clip-outcome';
import { thinMessage } from './failure-message';
import { t } from '../i18n/t';
import type { ChangeSummary } from '../versions/change-summary-schema';
import { describeChange } from '../versions/describe-change';

/** A re-clip that found the story changed says how, after the title. */
const changeLine = (change: ChangeSummary | null | undefined): string => {
  const said = change && (describeChange(change) ?? t('changeText'));
  return said ? ` — ${said}` : '';
};

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
        : `Newsclip: ${outcome.status === 'saved' ? 'Saved' : 'Updated'} “${outcome.title}”${changeLine(outcome.change)}`;
  const color = ok ? '#1a7f37' : outcome.status === 'failed' ? '#cf222e' : '#9a6700';
  await action.setBadgeBackgroundColor({ tabId, color });
  await action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  await action.setTitle({ tabId, title });
}
