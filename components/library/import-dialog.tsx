import { useEffect, useRef, useState } from 'react';
import { getDb } from '@/utils/db/clip-db';
import { applyImport, type ImportDecision } from '@/utils/import/apply-import';
import { findConflicts, storedCanonicalURLs, type ImportConflict } from '@/utils/import/find-conflicts';
import type { ImportPlan } from '@/utils/import/import-plan';
import type { ImportProgress } from '@/utils/import/plan-import';
import { t } from '@/utils/i18n/t';
import type { Settings } from '@/utils/settings-schema';
import { DecisionSelect } from '../decision-select';
import { ModalDialog } from './modal-dialog';
import { planInWorker, type ImportJob } from './plan-in-worker';

type Props = {
  settings: Settings;
  onClose(): void;
  onDone(message: string): void;
  onError(message: string): void;
};

/**
 * Import `.md` files, zips of them, or a backup: shows what will be stored, what was repaired, which
 * files could not be read (with line and reason) and asks what to do with URLs already stored.
 */
export function ImportDialog({ settings, onClose, onDone, onError }: Props) {
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [conflicts, setConflicts] = useState<ImportConflict[]>([]);
  const [decisions, setDecisions] = useState<Record<string, ImportDecision>>({});
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const job = useRef<ImportJob | null>(null);
  // Closing the dialog stops a worker still reading.
  useEffect(() => () => job.current?.cancel(), []);

  async function read(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    if (!files.length) return;
    job.current?.cancel();
    setPlan(null);
    setBusy(true);
    setProgress({ read: 0, fraction: 0 });
    const current = planInWorker(
      files,
      { attributionTemplate: settings.attributionTemplate, template: settings.template },
      setProgress,
    );
    job.current = current;
    try {
      const next = await current.plan;
      const found = findConflicts(next, await storedCanonicalURLs(getDb()));
      if (job.current !== current) return;
      setPlan(next);
      setConflicts(found);
      setDecisions(Object.fromEntries(found.map((c) => [c.canonicalURL, 'skip' as ImportDecision])));
    } catch (error) {
      if (job.current === current) onError(error instanceof Error ? error.message : String(error));
    } finally {
      if (job.current === current) {
        job.current = null;
        setBusy(false);
        setProgress(null);
      }
    }
  }

  /** Stops reading: the worker is ended, nothing it read is kept, nothing was stored. */
  function cancel(input: HTMLInputElement | null) {
    job.current?.cancel();
    job.current = null;
    setBusy(false);
    setProgress(null);
    setPlan(null);
    if (input) input.value = '';
    onDone(t('importCancelled'));
  }

  async function apply() {
    if (!plan) return;
    setBusy(true);
    try {
      const r = await applyImport(getDb(), plan, decisions);
      onDone(t('importDone', r.added, r.replaced, r.keptBoth, r.skipped));
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const issue = (i: { file: string; line?: number; message: string }) =>
    `${i.file}${i.line ? `:${i.line}` : ''} — ${i.message}`;
  return (
    <ModalDialog title={t('importTitle')} testId="import-dialog" onEscape={busy ? undefined : onClose}>
      <p>{t('importHelp')}</p>
      <input
        type="file"
        multiple
        accept=".md,.markdown,.zip,.json"
        aria-label={t('importChoose')}
        data-testid="import-files"
        ref={fileInput}
        onChange={(e) => void read(e.target)}
      />
      {progress && (
        <p role="status" data-testid="import-progress">
          <progress max={1} value={progress.fraction} />{' '}
          {t('importProgress', progress.read, Math.floor(progress.fraction * 100))}{' '}
          <button type="button" data-testid="import-cancel" onClick={() => cancel(fileInput.current)}>
            {t('importCancel')}
          </button>
        </p>
      )}
      {plan && (
        <div className="import-plan" data-testid="import-plan">
          <p>
            <strong>{t('importReady', plan.ready.length)}</strong>
          </p>
          {plan.errors.length > 0 && (
            <details open>
              <summary className="error">{t('importErrors', plan.errors.length)}</summary>
              <ul data-testid="import-errors">
                {plan.errors.map((e, i) => (
                  <li key={i}>{issue(e)}</li>
                ))}
              </ul>
            </details>
          )}
          {plan.warnings.length > 0 && (
            <details>
              <summary>{t('importWarnings', plan.warnings.length)}</summary>
              <ul data-testid="import-warnings">
                {plan.warnings.map((w, i) => (
                  <li key={i}>{issue(w)}</li>
                ))}
              </ul>
            </details>
          )}
          {conflicts.length > 0 && (
            <fieldset>
              <legend>{t('importConflicts', conflicts.length)}</legend>
              <label>
                {t('importApplyAll')}{' '}
                <DecisionSelect
                  testId="import-all-decisions"
                  onChange={(decision) =>
                    setDecisions(Object.fromEntries(conflicts.map((c) => [c.canonicalURL, decision])))
                  }
                />
              </label>
              <ul>
                {conflicts.map((c) => (
                  <li key={c.canonicalURL}>
                    <span>{c.title}</span>{' '}
                    <DecisionSelect
                      label={t('decisionFor', c.title)}
                      value={decisions[c.canonicalURL] ?? 'skip'}
                      onChange={(decision) => setDecisions({ ...decisions, [c.canonicalURL]: decision })}
                    />
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          data-testid="import-apply"
          disabled={!plan?.ready.length || busy}
          onClick={() => void apply()}
        >
          {t('importApply')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </ModalDialog>
  );
}
