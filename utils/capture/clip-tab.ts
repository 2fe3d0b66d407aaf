import { z } from 'zod';
import type { SaveResult } from '../db/clip-store';
import { StoreError } from '../db/store-error';
import { extractFailureReasonSchema } from '../extract/extract-outcome';
import { thinClipSchema } from '../extract/thin-clip-schema';
import type { ClipMode, ClipOutcome } from './clip-outcome';
import { t } from '../i18n/t';
import { extractionFailure, interruptedFailure, isInterruption, thinFailure } from './failure-message';
import { restrictedPage, restrictionFromInjectionError } from './restricted-page';
import { withSiteIdentity } from './site-identity';

/** What clipping needs from the browser and the store; injected so the flow is tested in Node. */
export interface ClipTabDeps {
  tabUrl(tabId: number): Promise<string | undefined>;
  /**
   * Runs the extraction script in the tab and returns what it returned: once the page is idle, or at once
   * (`now`: a batch that waited long enough clips a page that never finishes loading as it stands).
   * `url`: the tab's address as just read (a reading prepared for another address is not used).
   */
  inject(tabId: number, mode: ClipMode, now: boolean, url: string | undefined): Promise<unknown>;
  save(extraction: Record<string, unknown>): Promise<SaveResult>;
  /** Moves a clip to the trash (the copy made before the user chose to update the original instead). */
  discard(clipId: number): Promise<void>;
}

/**
 * The answer carries the stored clip up to this much Markdown, so the popup shows the form without reading
 * it back. A longer body is left out: the answer crosses to the popup as JSON, and a megabyte transcript's
 * copy held "Saved" back by a few hundred ms; the popup reads such a clip from the store instead.
 */
export const ANSWER_MARKDOWN_MAX = 100_000;

/** An extraction that takes longer than this is reported, so the popup never spins forever. */
export const EXTRACTION_TIMEOUT_MS = 20_000;

/** The script's outcome as it arrives: the extraction stays loose here, the store validates it. */
const outcomeShape = z.union([
  z.object({
    ok: z.literal(true),
    extraction: z.record(z.string(), z.unknown()),
    thin: thinClipSchema.optional(),
  }),
  z.object({ ok: z.literal(false), reason: extractFailureReasonSchema, detail: z.string().optional() }),
]);

const failed = (code: string, message: string, canClipSelection = false): ClipOutcome => ({
  status: 'failed',
  code,
  message,
  canClipSelection,
});

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/**
 * What to do with an article that looks too thin: `ask` returns it as a `thin` failure (the popup offers
 * the selection or "Save anyway"); `save` saves it and says so in the outcome (no popup to ask in).
 */
export type ThinPolicy = 'ask' | 'save';

/**
 * Clips one tab: checks the address, injects the extraction, validates and saves. Never throws.
 * `replacing`: the user chose to update the original this page names on another site (offered as
 * `sameStory`) instead of the new clip with this id, which goes to the trash once the original is updated.
 */
export async function clipTab(
  tabId: number,
  mode: ClipMode,
  deps: ClipTabDeps,
  thinPolicy: ThinPolicy = 'ask',
  now = false,
  replacing?: number,
): Promise<ClipOutcome> {
  const url = await deps.tabUrl(tabId).catch(() => undefined);
  const restriction = restrictedPage(url);
  if (restriction) return failed(restriction.code, restriction.message);

  let raw: unknown;
  try {
    raw = await withTimeout(deps.inject(tabId, mode, now, url), EXTRACTION_TIMEOUT_MS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message === 'timeout') {
      return failed('timeout', t('failTimeout'), true);
    }
    if (/No tab with id|tab was closed/i.test(message)) return failed('tab-closed', t('failTabClosed'));
    if (isInterruption(message)) return interruptedFailure();
    const r = restrictionFromInjectionError(message);
    return failed(r.code, r.message);
  }
  const parsed = outcomeShape.safeParse(raw);
  if (!parsed.success) return failed('extraction-error', t('failUnreadable'));
  const outcome = parsed.data;
  if (!outcome.ok) return extractionFailure(outcome.reason, outcome.detail);
  const { thin } = outcome;
  if (thin && thinPolicy === 'ask') return thinFailure(thin);

  try {
    // The claim of another site's address is taken only when the user chose it for this page.
    const result = await deps.save(
      replacing === undefined ? withSiteIdentity(outcome.extraction) : outcome.extraction,
    );
    if (replacing !== undefined && replacing !== result.clip.id) {
      await deps
        .discard(replacing)
        .catch((error: unknown) => console.warn('Discarding the copy failed:', error));
    }
    return {
      status: result.status,
      clipId: result.clip.id,
      title: result.clip.title,
      ...(result.clip.markdown.length <= ANSWER_MARKDOWN_MAX && { clip: result.clip }),
      ...(thin && { thin }),
      ...(result.status === 'updated' && { change: result.change }),
      ...(result.status === 'saved' && result.sameStory && { sameStory: result.sameStory }),
    };
  } catch (error) {
    const message = error instanceof StoreError ? error.message : t('failSave', String(error));
    return failed(error instanceof StoreError ? error.code : 'storage', message);
  }
}
