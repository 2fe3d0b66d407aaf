import { sendMessage } from '@/utils/messaging';
import type { BatchState } from '@/utils/batch/batch-schema';
import { t } from '@/utils/i18n/t';

const count = (state: BatchState, ...states: string[]) =>
  state.items.filter((item) => states.includes(item.state)).length;

/**
 * A batch's progress (the page being clipped, Cancel) and, at the end, its summary: how many were saved,
 * updated, already clipped and unchanged, and failed, with each failure's reason. Shown in the popup and
 * the library; the batch runs in the background whether or not one is open.
 */
export function BatchPanel({ state }: { state: BatchState | null }) {
  if (!state) return null;
  const total = state.items.length;
  const done = count(state, 'saved', 'updated', 'unchanged', 'failed');
  if (state.status === 'running') {
    const current = state.items.find((item) => item.state === 'running');
    return (
      <div className="notice batch" role="status" data-testid="batch-panel">
        <progress max={total} value={done} />
        <span data-testid="batch-progress">
          {t('batchProgress', Math.min(done + 1, total), total, current?.label ?? '')}
        </span>
        <button type="button" data-testid="batch-cancel" onClick={() => void sendMessage('cancelBatch')}>
          {t('checkCancel')}
        </button>
      </div>
    );
  }
  const [saved, updated, unchanged, failed] = ['saved', 'updated', 'unchanged', 'failed'].map((s) =>
    count(state, s),
  ) as [number, number, number, number];
  const summary =
    state.kind === 'recheck'
      ? t('checkDone', done, updated, unchanged, failed)
      : t('batchDone', done, saved, updated, unchanged, failed);
  return (
    <div className={`notice batch ${failed ? 'error' : ''}`} role="status" data-testid="batch-panel">
      <div>
        <span data-testid="batch-summary">
          {state.status === 'cancelled' ? `${t('batchCancelled', total - done)} ` : ''}
          {summary}
          {state.resumed ? ` ${t('batchResumed')}` : ''}
        </span>
        <ul className="batch-results">
          {state.items.map((item, i) =>
            item.state === 'failed' || item.state === 'updated' ? (
              <li key={i} data-testid={`batch-${item.state}`}>
                <strong>{item.label}</strong>: {item.said}
              </li>
            ) : null,
          )}
        </ul>
      </div>
      <button type="button" aria-label={t('dismiss')} onClick={() => void sendMessage('dismissBatch')}>
        ×
      </button>
    </div>
  );
}
