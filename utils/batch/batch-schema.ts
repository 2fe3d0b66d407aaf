import { z } from 'zod';

/** What a batch clips: the tabs of a window, a list of links, or stored clips checked for changes (#14, #16). */
export const batchKindSchema = z.enum(['tabs', 'links', 'recheck']);
export type BatchKind = z.infer<typeof batchKindSchema>;

/** One page of a batch, and what became of it. */
export const batchItemSchema = z.object({
  /** The tab to clip (kind `tabs`), else the address to open in a background tab. */
  tabId: z.number().int().optional(),
  url: z.string(),
  /** What the user knows it by: the tab's or the clip's title, else the address. */
  label: z.string(),
  /** Kind `recheck`: the clip the page should update. */
  clipId: z.number().int().optional(),
  state: z.enum(['pending', 'running', 'saved', 'updated', 'unchanged', 'failed']),
  /** The clip it made or updated. */
  resultId: z.number().int().optional(),
  /** What changed (updated), or why it failed. */
  said: z.string().optional(),
  /** A background tab this item opened: closed when done, or when a restarted worker resumes. */
  openedTabId: z.number().int().optional(),
  /**
   * Set while that tab is being opened, before its id is known: the ids of the tabs there were before, so a
   * worker stopped in between can still tell which tab it opened.
   */
  opening: z.object({ tabsBefore: z.array(z.number().int()) }).optional(),
  /** The worker stopped while on this item: it is clipped again, and may find its own clip of before. */
  retried: z.boolean().optional(),
});
export type BatchItem = z.infer<typeof batchItemSchema>;

/** A batch as the background runs it and the popup and library show it (kept in session storage). */
export const batchStateSchema = z.object({
  id: z.string(),
  kind: batchKindSchema,
  status: z.enum(['running', 'done', 'cancelled']),
  /** Tags the user typed first, given to every clip the batch saves or updates. */
  tags: z.array(z.string()),
  items: z.array(batchItemSchema),
  startedAt: z.string(),
  /** The worker was restarted mid-batch and went on from where it stopped. */
  resumed: z.boolean().optional(),
});
export type BatchState = z.infer<typeof batchStateSchema>;

/** What the popup or library asks the background to do. */
export const batchRequestSchema = z.object({
  kind: batchKindSchema,
  tags: z.array(z.string()).default([]),
  items: z
    .array(batchItemSchema.pick({ tabId: true, url: true, label: true, clipId: true }))
    .min(1)
    .max(500),
});
export type BatchRequest = z.input<typeof batchRequestSchema>;
