import type { ClipOutcome } from '../capture/clip-outcome';
import { t, type MessageKey } from '../i18n/t';
import { describeChange } from './describe-change';

/** A clip to check: its id, the address to load and its title (for the report). */
export type CheckTarget = { id: number; url: string; title: string };

/** What a check found for one clip. */
export type CheckResult = { id: number; title: string } & (
  { status: 'changed'; said: string } | { status: 'unchanged' } | { status: 'failed'; reason: string }
);

/** Loads `url` where the user can see it, clips it as the popup would, and closes what it opened. */
export type Reclip = (url: string, signal: AbortSignal) => Promise<ClipOutcome>;

/**
 * Failures said for a page the user is not looking at: the popup's advice ("clip the selection instead")
 * does not apply, what probably happened does.
 */
const RECHECK_REASONS: Partial<Record<string, MessageKey>> = {
  // A page that did not load is shown as Chrome's error page, which the clipper reads as interrupted.
  interrupted: 'checkNotLoaded',
  'no-article': 'checkNoArticle',
  thin: 'checkThin',
};

export type CheckProgress = { done: number; total: number; current?: string };

/**
 * Checks clips for changes, one page at a time (each in a tab of its own; the pages of one site are not
 * hammered): every page is clipped again, which keeps the earlier version when the story changed. A page
 * that fails is reported with the reason and changes nothing; the others go on. Cancel stops before the
 * next page.
 */
export async function checkForChanges(
  targets: readonly CheckTarget[],
  reclip: Reclip,
  { signal, onProgress }: { signal: AbortSignal; onProgress?(progress: CheckProgress): void },
): Promise<{ results: CheckResult[]; cancelled: boolean }> {
  const results: CheckResult[] = [];
  for (const [i, target] of targets.entries()) {
    if (signal.aborted) return { results, cancelled: true };
    onProgress?.({ done: i, total: targets.length, current: target.title });
    results.push(await checkOne(target, reclip, signal));
  }
  onProgress?.({ done: targets.length, total: targets.length });
  return { results, cancelled: false };
}

async function checkOne(target: CheckTarget, reclip: Reclip, signal: AbortSignal): Promise<CheckResult> {
  const { id, title } = target;
  let outcome: ClipOutcome;
  try {
    outcome = await reclip(target.url, signal);
  } catch (error) {
    return { id, title, status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
  if (outcome.status === 'failed')
    return {
      id,
      title,
      status: 'failed',
      reason: RECHECK_REASONS[outcome.code] ? t(RECHECK_REASONS[outcome.code]!) : outcome.message,
    };
  // The address now leads to another story (its canonical URL changed): saved apart, nothing replaced.
  if (outcome.status === 'saved' || outcome.clipId !== id)
    return { id, title, status: 'failed', reason: t('checkMoved', outcome.title) };
  if (!outcome.change) return { id, title, status: 'unchanged' };
  return { id, title, status: 'changed', said: describeChange(outcome.change) ?? t('changeText') };
}
