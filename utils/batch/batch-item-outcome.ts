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

/** What a clip outcome makes of a batch item. */
export function batchItemOutcome(
  kind: BatchKind,
  item: Pick<BatchItem, 'clipId'>,
  outcome: ClipOutcome,
): Pick<BatchItem, 'state' | 'said' | 'resultId'> {
  if (outcome.status === 'failed') {
    const key = UNSEEN_REASONS[outcome.code];
    return { state: 'failed', said: key ? t(key) : outcome.message };
  }
  // A check whose address now leads to another story: saved apart, the checked clip untouched.
  if (kind === 'recheck' && (outcome.status === 'saved' || outcome.clipId !== item.clipId))
    return { state: 'failed', said: t('checkMoved', outcome.title), resultId: outcome.clipId };
  if (outcome.status === 'saved') return { state: 'saved', resultId: outcome.clipId };
  if (!outcome.change) return { state: 'unchanged', resultId: outcome.clipId };
  return {
    state: 'updated',
    said: describeChange(outcome.change) ?? t('changeText'),
    resultId: outcome.clipId,
  };
}
