import { t } from '@/utils/i18n/t';
import type { ImportDecision } from '@/utils/import/apply-import';
import type { ImportConflict } from '@/utils/import/find-conflicts';
import type { PullResult } from '@/utils/publish/pull-posts';
import { DecisionSelect } from '../decision-select';

/** Posts read from the repository, with the clips of this browser they would replace. */
export type Pulled = PullResult & { conflicts: ImportConflict[] };

type Props = {
  pulled: Pulled;
  /** By canonical URL: what to do with a post this browser already has (skip by default). */
  decisions: Readonly<Record<string, ImportDecision>>;
  onChange(decisions: Record<string, ImportDecision>): void;
  onApply(): void;
};

/** What a pull would import, as the import dialog shows a plan: the count, the unreadable files, the clashes. */
export function PullPlan({ pulled, decisions, onChange, onApply }: Props) {
  return (
    <div className="import-plan" data-testid="pull-plan">
      <p>
        <strong>{t('importReady', pulled.plan.ready.length)}</strong>
      </p>
      {pulled.plan.errors.length > 0 && (
        <details>
          <summary>{t('importErrors', pulled.plan.errors.length)}</summary>
          <ul>
            {pulled.plan.errors.map((e, i) => (
              <li key={i}>{`${e.file} — ${e.message}`}</li>
            ))}
          </ul>
        </details>
      )}
      {pulled.conflicts.length > 0 && (
        <fieldset>
          <legend>{t('importConflicts', pulled.conflicts.length)}</legend>
          <ul>
            {pulled.conflicts.map((c) => (
              <li key={c.canonicalURL}>
                <span>{c.title}</span>{' '}
                <DecisionSelect
                  label={t('decisionFor', c.title)}
                  value={decisions[c.canonicalURL] ?? 'skip'}
                  onChange={(decision) => onChange({ ...decisions, [c.canonicalURL]: decision })}
                />
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <button
        type="button"
        className="primary"
        data-testid="pull-apply"
        disabled={!pulled.plan.ready.length}
        onClick={onApply}
      >
        {t('importApply')}
      </button>
    </div>
  );
}
