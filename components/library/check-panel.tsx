import { t } from '@/utils/i18n/t';
import type { CheckState } from './use-check-changes';

type Props = { state: CheckState | null; onCancel(): void; onDismiss(): void };

/** How a "Check for changes" goes: the page being checked and Cancel; then the tally and every failure. */
export function CheckPanel({ state, onCancel, onDismiss }: Props) {
  if (!state) return null;
  if (state.phase === 'running') {
    const { done, total, current } = state.progress;
    return (
      <div className="notice" role="status" data-testid="check-panel">
        <progress max={total} value={done} />
        <span data-testid="check-progress">
          {t('checkProgress', Math.min(done + 1, total), total, current ?? '')}
        </span>
        <button type="button" data-testid="check-cancel" onClick={onCancel}>
          {t('checkCancel')}
        </button>
      </div>
    );
  }
  const count = (status: string) => state.results.filter((r) => r.status === status).length;
  const [changed, unchanged, failed] = [count('changed'), count('unchanged'), count('failed')];
  return (
    <div className={`notice ${failed ? 'error' : ''}`} role="status" data-testid="check-panel">
      <div>
        <span data-testid="check-summary">
          {state.cancelled
            ? t('checkStopped', state.results.length, state.total, changed, unchanged, failed)
            : t('checkDone', state.results.length, changed, unchanged, failed)}
        </span>
        <ul className="check-results">
          {state.results.map((result) =>
            result.status === 'unchanged' ? null : (
              <li key={result.id} data-testid={`check-${result.status}`}>
                <strong>{result.title}</strong>: {result.status === 'changed' ? result.said : result.reason}
              </li>
            ),
          )}
        </ul>
      </div>
      <button type="button" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
