import { z } from 'zod';

/**
 * Why an extracted article looks too thin to be one: too few words, mostly template placeholders (an app
 * shell whose script never filled it in), or only headings and captions around a picture. Apart from
 * thin-clip.ts so the injected extraction script carries no zod (the background validates its answer).
 */
export const thinReasonSchema = z.enum(['short', 'template', 'caption']);
export type ThinReason = z.infer<typeof thinReasonSchema>;

export const thinClipSchema = z.object({ reason: thinReasonSchema, words: z.number().int().nonnegative() });
export type ThinClip = z.infer<typeof thinClipSchema>;
