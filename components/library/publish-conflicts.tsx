import { t } from '@/utils/i18n/t';
import type { PublishConflict } from '@/utils/publish/plan-publish';

type Props = {
  conflicts: readonly PublishConflict[];
  /** By path: publish this browser's version over the repository's. */
  overwrite: Readonly<Record<string, boolean>>;
  onChange(overwrite: Record<string, boolean>): void;
  /** Publishing again with the choices made: the paths chosen to overwrite. */
  onResolve(paths: string[]): void;
  busy: boolean;
};

/**
 * Posts edited in the repository since this browser last synced them, each with both versions side by
 * side and a choice: keep the repository's (the default: nothing is overwritten unasked) or publish ours.
 */
export function PublishConflicts({ conflicts, overwrite, onChange, onResolve, busy }: Props) {
  return (
    <fieldset data-testid="publish-conflicts">
      <legend>{t('publishConflicts', conflicts.length)}</legend>
      {conflicts.map((c) => (
        <div key={c.path} className="publish-conflict">
          <p>
            <strong>{c.title}</strong> <code>{c.path}</code>{' '}
            <select
              aria-label={t('decisionFor', c.title)}
              data-testid="publish-choice"
              value={overwrite[c.path] ? 'overwrite' : 'skip'}
              onChange={(e) => onChange({ ...overwrite, [c.path]: e.target.value === 'overwrite' })}
            >
              <option value="skip">{t('publishKeepTheirs')}</option>
              <option value="overwrite">{t('publishOverwrite')}</option>
            </select>
          </p>
          <div className="publish-versions">
            <div>
              <h3>{t('publishTheirs')}</h3>
              <pre>{c.theirs ?? t('publishDeletedThere')}</pre>
            </div>
            <div>
              <h3>{t('publishOurs')}</h3>
              <pre>{c.ours}</pre>
            </div>
          </div>
        </div>
      ))}
      <button
        type="button"
        disabled={busy}
        data-testid="publish-resolve"
        onClick={() => onResolve(conflicts.filter((c) => overwrite[c.path]).map((c) => c.path))}
      >
        {t('publishWithChoices')}
      </button>
    </fieldset>
  );
}
