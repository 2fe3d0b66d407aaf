import { useEffect, useRef, useState } from 'react';
import type { ClipDatabase } from '@/utils/db/clip-db';
import { getClips } from '@/utils/db/clip-store';
import { loadUpdateLines } from '@/utils/db/load-update-lines';
import { t, type MessageKey } from '@/utils/i18n/t';
import { applyImport, type ImportDecision } from '@/utils/import/apply-import';
import { findConflicts, storedCanonicalURLs } from '@/utils/import/find-conflicts';
import type { PublishProgress } from '@/utils/publish/open-remote';
import type { PublishConflict } from '@/utils/publish/plan-publish';
import type { PublishErrorCode } from '@/utils/publish/publish-error';
import { publishStore } from '@/utils/publish/publish-store';
import { exportOptionsFrom, type Settings } from '@/utils/settings-schema';
import { ModalDialog } from './modal-dialog';
import { PublishConflicts } from './publish-conflicts';
import { PullPlan, type Pulled } from './pull-plan';

/** A set of clips "Publish" can take: the selection, the clips in view (a tag), or all of them. */
export type PublishScope = { id: string; label: string; ids: readonly number[] };

type Props = {
  db: ClipDatabase;
  settings: Settings;
  scopes: readonly PublishScope[];
  onClose(): void;
  onDone(message: string): void;
};

const PHASES: Record<PublishProgress['phase'], MessageKey> = {
  images: 'publishPhaseImages',
  connecting: 'publishPhaseConnecting',
  fetching: 'publishPhaseFetching',
  reading: 'publishPhaseReading',
  writing: 'publishPhaseWriting',
  pushing: 'publishPhasePushing',
};

type Failure = { code: PublishErrorCode; message: string };

/** A PublishError by its shape: the class is in the runtime chunk, not loaded with the page. */
function failureOf(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  const code =
    error instanceof Error && error.name === 'PublishError' && 'code' in error
      ? (error.code as PublishErrorCode)
      : 'failed';
  return { code, message };
}

/**
 * Publishing clips to the destination's repository and pulling its posts in, with progress and Cancel.
 * Posts edited in the repository come back as conflicts, both versions shown, each to overwrite or skip;
 * pulled posts go through the import's skip / replace / keep-both. Nothing local changes on a failure.
 */
export function PublishDialog({ db, settings, scopes, onClose, onDone }: Props) {
  const [scope, setScope] = useState(scopes[0]?.id ?? '');
  const [progress, setProgress] = useState<PublishProgress | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [conflicts, setConflicts] = useState<PublishConflict[]>([]);
  const [overwrite, setOverwrite] = useState<Record<string, boolean>>({});
  const [summary, setSummary] = useState('');
  const [pulled, setPulled] = useState<Pulled | null>(null);
  const [decisions, setDecisions] = useState<Record<string, ImportDecision>>({});
  const job = useRef<AbortController | null>(null);
  // Closing the dialog cancels what is running.
  useEffect(() => () => job.current?.abort(), []);

  /** Runs one operation with the saved destination and token; a failure is shown with its code. */
  async function run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T | null> {
    job.current?.abort();
    const controller = new AbortController();
    job.current = controller;
    setFailure(null);
    setSummary('');
    setProgress({ phase: 'connecting' });
    try {
      return await work(controller.signal);
    } catch (error) {
      setFailure(failureOf(error));
      return null;
    } finally {
      if (job.current === controller) {
        job.current = null;
        setProgress(null);
      }
    }
  }

  /** The saved destination, its token and the runtime (loaded on first use: git is not in the page). */
  async function target() {
    const destination = await publishStore.destination();
    if (!destination) throw new Error(t('publishNoDestination'));
    const runtime = await import('@/utils/publish/publish-runtime');
    const deps = runtime.browserPublishDeps(destination);
    return { destination, token: await publishStore.token(), deps, runtime };
  }

  async function publish(chosen: readonly string[] = []) {
    const ids = scopes.find((s) => s.id === scope)?.ids ?? [];
    setPulled(null);
    const result = await run(async (signal) => {
      const { destination, token, deps, runtime } = await target();
      const clips = await getClips(db, ids);
      const updates = settings.updatesNote ? await loadUpdateLines(db, clips) : new Map();
      const posts = clips.map((clip) => ({ ...clip, updates: updates.get(clip.id) }));
      const published = await runtime.publishPosts(deps, destination, token, posts, {
        signal,
        onProgress: setProgress,
        overwrite: chosen,
        exportOptions: exportOptionsFrom(settings),
      });
      return { ...published, branch: destination.branch, folder: destination.folder };
    });
    if (!result) return;
    setConflicts(result.conflicts);
    setOverwrite(Object.fromEntries(result.conflicts.map((c) => [c.path, false])));
    const summary = [
      result.created === 'branch' ? t('publishCreatedBranch', result.branch, result.folder) : '',
      result.created === 'folder' ? t('publishCreatedFolder', result.branch, result.folder) : '',
      t('publishDone', result.added.length, result.updated.length, result.unchanged.length),
      result.images.length ? t('publishImagesSaved', result.images.length) : '',
      result.imagesFailed ? t('publishImagesFailed', result.imagesFailed) : '',
      result.retried ? t('publishRetried') : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (result.conflicts.length) setSummary(summary);
    else onDone(summary);
  }

  async function pull() {
    setConflicts([]);
    const result = await run(async (signal) => {
      const { destination, token, deps, runtime } = await target();
      const read = await runtime.pullPosts(deps, destination, token, {
        signal,
        onProgress: setProgress,
        importOptions: { attributionTemplate: settings.attributionTemplate, template: settings.template },
      });
      return { ...read, conflicts: findConflicts(read.plan, await storedCanonicalURLs(db)) };
    });
    if (!result) return;
    setPulled(result);
    setDecisions(Object.fromEntries(result.conflicts.map((c) => [c.canonicalURL, 'skip' as ImportDecision])));
  }

  /** Stores the pulled posts, then records those taken as synced: publishing them back is no conflict. */
  async function applyPull() {
    if (!pulled) return;
    try {
      const r = await applyImport(db, pulled.plan, decisions);
      const taken: Record<string, string> = {};
      pulled.plan.ready.forEach((clip, i) => {
        const path = pulled.plan.readyFiles[i];
        const oid = path && pulled.blobs[path];
        if (oid && (decisions[clip.canonicalURL] ?? 'add') !== 'skip') taken[path] = oid;
      });
      const { deps, runtime } = await target();
      await runtime.syncedFiles.update(deps, taken);
      onDone(t('importDone', r.added, r.replaced, r.keptBoth, r.skipped));
    } catch (error) {
      setFailure({ code: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const busy = progress !== null;
  return (
    <ModalDialog
      title={t('publishTitle')}
      testId="publish-dialog"
      className="publish-dialog"
      // While it works, Escape leaves it be: its Cancel is beside the progress.
      onEscape={busy ? undefined : onClose}
    >
      <label>
        {t('publishScope')}{' '}
        <select value={scope} data-testid="publish-scope" onChange={(e) => setScope(e.target.value)}>
          {scopes.map((s) => (
            <option key={s.id} value={s.id}>
              {t('publishScopeOption', s.label, s.ids.length)}
            </option>
          ))}
        </select>
      </label>
      {progress && (
        <p role="status" data-testid="publish-progress">
          <progress max={progress.total ?? 1} value={progress.total ? progress.loaded : undefined} />{' '}
          {t(PHASES[progress.phase])}{' '}
          <button type="button" data-testid="publish-cancel" onClick={() => job.current?.abort()}>
            {t('importCancel')}
          </button>
        </p>
      )}
      {failure && (
        <p role="alert" className="status error" data-testid="publish-error" data-code={failure.code}>
          {failure.message}
        </p>
      )}
      {summary && (
        <p role="status" data-testid="publish-summary">
          {summary}
        </p>
      )}
      {conflicts.length > 0 && (
        <PublishConflicts
          conflicts={conflicts}
          overwrite={overwrite}
          onChange={setOverwrite}
          onResolve={(paths) => void publish(paths)}
          busy={busy}
        />
      )}
      {pulled && (
        <PullPlan
          pulled={pulled}
          decisions={decisions}
          onChange={setDecisions}
          onApply={() => void applyPull()}
        />
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          data-testid="publish-run"
          disabled={busy || !scopes.find((s) => s.id === scope)?.ids.length}
          onClick={() => void publish()}
        >
          {t('publishButton')}
        </button>
        <button type="button" data-testid="pull-run" disabled={busy} onClick={() => void pull()}>
          {t('pullButton')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </ModalDialog>
  );
}
