import { z } from 'zod';
import type { StoredClip } from '../clip-schema';
import { thinClipSchema } from '../extract/thin-clip-schema';
import { changeSummarySchema } from '../versions/change-summary-schema';

/** What a clip attempt tells the user: saved, updated, or why it failed (never silently nothing). */
export const clipOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.enum(['saved', 'updated']),
    clipId: z.number(),
    title: z.string(),
    /** Saved although it looked too thin to be an article (asked for, or no popup to ask in). */
    thin: thinClipSchema.optional(),
    /** A re-clip: what changed since the clip's last version; null when the page says the same. */
    change: changeSummarySchema.nullable().optional(),
    /**
     * The clip as stored, so the popup shows its form from the answer instead of reading it back first.
     * Made by the background from a validated write: checked only for its shape here.
     */
    clip: z.custom<StoredClip>((value) => typeof value === 'object' && value !== null).optional(),
    /**
     * A new clip of a page that names, on another site, a clip already stored as its original (a syndicated
     * copy): the popup offers to update that clip instead (#16).
     */
    sameStory: z.object({ clipId: z.number(), title: z.string() }).optional(),
  }),
  z.object({
    status: z.literal('failed'),
    code: z.string(),
    message: z.string(),
    /** True when clipping the selection instead may work (e.g. no article found). */
    canClipSelection: z.boolean(),
    /** Set (code `thin`) when an article was found but looks too thin: the popup offers "Save anyway". */
    thin: thinClipSchema.optional(),
  }),
]);
export type ClipOutcome = z.infer<typeof clipOutcomeSchema>;
export type ClipFailure = Extract<ClipOutcome, { status: 'failed' }>;

export const clipModeSchema = z.enum(['article', 'selection']);
export type ClipMode = z.infer<typeof clipModeSchema>;
