import type { ClipOutcome } from '../capture/clip-outcome';
import { t, type MessageKey } from '../i18n/t';
import { describeChange } from '../versions/describe-change';
import type { BatchItem, BatchKind } from './batch-schema';

/**
 * Failures said for a page the user is not looking at: the popup's advice ("clip the selection instead")
 * does not apply, what probably happened does.
 */
const UNSEEN_REASONS: Partial<Record<string, MessageKey>> = {
  // A page that did not load is shown as Chrome's error page, which the clipper reads as interrupted.
  interrupted: 'checkNotLoaded',
  'no-article': 'checkNoArticle',
  thin: 'checkThin',
};

/**
 * Whether an unchanged re-clip is the batch's own clip: an item retried after the worker stopped on it
 * may have been saved just before the stop, and then finds that clip, saved since the batch started.
 */
function savedByThisBatch(
  item: Pick<BatchItem, 'retried'>,
  outcome: ClipOutcome,
  startedAt: string,
): boolean {
  if (!item.retried || outcome.status === 'failed' || !outcome.clip) return false;
  return Date.parse(outcome.clip.savedAt) >= Date.parse(startedAt);
}

/** What a clip outcome makes of a batch item (of a batch started at `startedAt`). */
export function batchItemOutcome(
  kind: BatchKind,
  item: Pick<BatchItem, 'clipId' | 'retried'>,
  outcome: ClipOutcome,
  startedAt: string,
): Pick<BatchItem, 'state' | 'said' | 'resultId'> {
  if (outcome.status === 'failed') {
    const key = UNSEEN_REASONS[outcome.code];
    return { state: 'failed', said: key ? t(key) : outcome.message };
  }
  // A check whose address now leads to another story: saved apart, the checked clip untouched.
  if (kind === 'recheck' && (outcome.status === 'saved' || outcome.clipId !== item.clipId))
    return { state: 'failed', said: t('checkMoved', outcome.title), resultId: outcome.clipId };
  if (outcome.status === 'saved' || (!outcome.change && savedByThisBatch(item, outcome, startedAt)))
    return { state: 'saved', resultId: outcome.clipId };
  if (!outcome.change) return { state: 'unchanged', resultId: outcome.clipId };
  return {
    state: 'updated',
    said: describeChange(outcome.change) ?? t('changeText'),
    resultId: outcome.clipId,
  };
}
