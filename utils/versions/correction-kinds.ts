/** The kinds of note a newsroom appends to a story, in the order they are listed. */
export const CORRECTION_KINDS = ['correction', 'update', 'note'] as const;
