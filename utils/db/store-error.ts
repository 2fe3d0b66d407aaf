import { ZodError } from 'zod';

/** A storage failure with a message fit for the user; nothing stored was changed. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly code: 'validation' | 'quota' | 'not-found' | 'storage',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Maps Dexie/IndexedDB/zod errors to a StoreError the popup can show as it is. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const where = issue?.path.join('.') || 'clip';
    return new StoreError(
      `The clip is not valid (${where}: ${issue?.message ?? 'invalid'}); nothing was saved.`,
      'validation',
    );
  }
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StoreError(
      'Browser storage is full; nothing was saved. Export and delete old clips to make room.',
      'quota',
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError(
    `Could not write to the clip database (${detail}); your clips are unchanged.`,
    'storage',
  );
}
