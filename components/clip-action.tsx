import { startTransition, useEffect, useState } from 'react';
import type { ClipMode, ClipOutcome } from '@/utils/capture/clip-outcome';
import type { StoredClip, StoredSummary } from '@/utils/clip-schema';
import { requestFailure } from '@/utils/capture/failure-message';
import { sendMessage } from '@/utils/messaging';
import { browser } from 'wxt/browser';
import { clippedAgo } from './clipped-ago';
import { takeEarlyClick } from './early-click';
import { ThinWarning } from './thin-warning';
import { usePaintMark } from './use-paint-mark';
import type { ActiveTab } from './use-active-tab';
import { t } from '@/utils/i18n/t';
import { describeChange } from '@/utils/versions/describe-change';

type Props = {
  tab: ActiveTab | null;
  /** The page's stored clip, once the rest of the popup has looked it up (then "Re-clip this page"). */
  stored?: StoredSummary | undefined;
  onClipped(clipId: number, clip?: StoredClip): void;
  /**
   * Asks for host access before clipping; false when refused. The side panel needs it: activeTab is
   * granted by the toolbar button, not by the panel, and without access the page can't be read.
   */
  askAccess?: () => Promise<boolean>;
};

const accessRefused = (): ClipOutcome => ({
  status: 'failed',
  code: 'no-access',
  message: t('panelAccessDenied'),
  canClipSelection: false,
});

/** "Clip this page" with its result: saved, updated, or why not (and the selection fallback). */
export function ClipAction({ tab, stored, onClipped, askAccess }: Props) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ClipOutcome | null>(null);
  usePaintMark('newsclip:clip-ready', tab !== null);

  const [lastMode, setLastMode] = useState<ClipMode>('article');

  /**
   * `replacing`: update the original the page names instead of this new clip (which goes to the trash).
   * `started`: the answer to a clip the popup's static button sent already (early-click.ts).
   */
  async function clip(
    mode: ClipMode,
    saveThin = false,
    replacing?: number,
    started?: Promise<ClipOutcome | null>,
  ) {
    if (!tab) return;
    setBusy(true);
    setOutcome(null);
    setLastMode(mode);
    try {
      // The first await of the click: a permission prompt opens only in answer to the user's gesture.
      if (askAccess && !(await askAccess())) {
        setOutcome(accessRefused());
        return;
      }
      const result =
        (await started) ??
        (await sendMessage('clipTab', {
          tabId: tab.id,
          mode,
          ...(saveThin && { saveThin }),
          ...(replacing !== undefined && { replacing }),
        }));
      setOutcome(result);
      // The form (the bigger render) follows in a transition: "Saved" is painted without waiting for it.
      if (result.status !== 'failed') startTransition(() => onClipped(result.clipId, result.clip));
    } catch (error) {
      // A worker stopped mid-clip rejects with Chrome's raw "message channel closed".
      setOutcome(requestFailure(error));
    } finally {
      setBusy(false);
    }
  }

  // A click on the popup's static button before React mounted (early-click.ts) is this button's click, its
  // clip already sent. It comes from outside React (a promise on the window), so an effect reads it.
  useEffect(() => {
    // A page that can't be clipped says why already (the restriction below): its early answer is not shown.
    const started = tab && !tab.restriction ? takeEarlyClick() : undefined;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the click, not a state derived in render
    if (started) void clip('article', false, undefined, started);
    // Once, as the button first has its tab: a later tab (the side panel's) has had no static button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tab]);

  const restriction = tab?.restriction;
  return (
    <section className="clip-action" aria-live="polite">
      {stored && !outcome && (
        <p className="status already" data-testid="already-clipped">
          {clippedAgo(stored.savedAt, stored.tags.length)}{' '}
          <button
            type="button"
            className="link"
            data-testid="open-clip-in-library"
            onClick={() =>
              void browser.tabs.create({ url: browser.runtime.getURL(`/library.html?id=${stored.id}`) })
            }
          >
            {t('openClipInLibrary')}
          </button>
        </p>
      )}
      <button
        type="button"
        className="primary"
        data-testid="clip-page"
        disabled={!tab || busy || Boolean(restriction)}
        onClick={() => void clip('article')}
      >
        {busy ? t('clipping') : stored && !outcome ? t('reclipThisPage') : t('clipThisPage')}
      </button>
      {tab?.hidden && !outcome && (
        <p className="status hint" data-testid="panel-access-hint">
          {t('panelAccessHint')}
        </p>
      )}
      {restriction && (
        <p className="status error" role="alert" data-testid="clip-status">
          {restriction.message}
        </p>
      )}
      {outcome?.status === 'failed' && outcome.thin ? (
        <ThinWarning
          outcome={outcome}
          busy={busy}
          onSelection={() => void clip('selection')}
          onSaveAnyway={() => void clip('article', true)}
        />
      ) : (
        outcome && (
          <p
            className={`status ${outcome.status === 'failed' ? 'error' : 'ok'}`}
            role="status"
            data-testid="clip-status"
          >
            {outcome.status === 'failed'
              ? outcome.message
              : t(outcome.status === 'saved' ? 'statusSaved' : 'statusUpdated', outcome.title)}
          </p>
        )
      )}
      {outcome?.status === 'saved' && outcome.sameStory && (
        <p className="status same-story" data-testid="same-story">
          {t('sameStory', outcome.sameStory.title)}{' '}
          <button
            type="button"
            className="link"
            data-testid="same-story-update"
            disabled={busy}
            onClick={() => void clip(lastMode, Boolean(outcome.thin), outcome.clipId)}
          >
            {t('sameStoryUpdate')}
          </button>
        </p>
      )}
      {outcome?.status === 'updated' && outcome.change !== undefined && (
        <p className="status change" data-testid="clip-changes">
          {outcome.change ? (describeChange(outcome.change) ?? t('changeText')) : t('changeNone')}
        </p>
      )}
      {outcome?.status === 'failed' && outcome.canClipSelection && !outcome.thin && (
        <button
          type="button"
          data-testid="clip-selection"
          disabled={busy}
          onClick={() => void clip('selection')}
        >
          {t('clipSelectionInstead')}
        </button>
      )}
    </section>
  );
}
