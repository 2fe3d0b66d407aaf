/**
 * Extractions started when the popup opens on a tab (the user's click on the toolbar button grants
 * activeTab then), so "Clip" waits only for what is left of the reading, not all of it. Nothing is
 * stored: an extraction is only kept in the worker's memory, used at most once, for the same address,
 * while it is fresh; otherwise the click reads the page anew, as before.
 */

/** A reading older than this is not used: the page may have changed since (a live blog, say). */
export const PREPARED_MAX_AGE_MS = 30_000;

interface Prepared {
  url: string;
  at: number;
  result: Promise<unknown>;
}

export class PreparedExtractions {
  private readonly byTab = new Map<number, Prepared>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts `read` for the tab at `url`, replacing an earlier one; its failure is the click's to find. */
  prepare(tabId: number, url: string, read: () => Promise<unknown>): void {
    const result = read();
    // Unused or failed readings must not surface as unhandled rejections: the click reads again.
    result.catch(() => undefined);
    const entry = { url, at: this.now(), result };
    this.byTab.set(tabId, entry);
    // Not kept past its use: the page's text leaves memory when the popup was closed without a click.
    setTimeout(() => {
      if (this.byTab.get(tabId) === entry) this.byTab.delete(tabId);
    }, PREPARED_MAX_AGE_MS);
  }

  /**
   * The tab's prepared reading, if it was made for `url` within the age limit (and forgets it: one use).
   * Resolves undefined when there is none or it failed, so the caller reads the page itself.
   */
  async take(tabId: number, url: string | undefined): Promise<unknown> {
    const entry = this.byTab.get(tabId);
    this.byTab.delete(tabId);
    if (!entry || entry.url !== url || this.now() - entry.at > PREPARED_MAX_AGE_MS) return undefined;
    return entry.result.catch(() => undefined);
  }

  /**
   * Waits for the tab's prepared reading to end, and forgets it: a selection clip sets its options in the
   * page for the next script run, which must be its own, not a reading still waiting for the page.
   */
  async settle(tabId: number): Promise<void> {
    const entry = this.byTab.get(tabId);
    this.byTab.delete(tabId);
    await entry?.result.catch(() => undefined);
  }
}
