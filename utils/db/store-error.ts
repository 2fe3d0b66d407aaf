import { ZodError } from 'zod';
import { t } from '../i18n/t';

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
    return new StoreError(t('storeInvalid', where, issue?.message ?? 'invalid'), 'validation');
  }
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StoreError(t('storeQuota'), 'quota');
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError(t('storeFailed', detail), 'storage');
}
