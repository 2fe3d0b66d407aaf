import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoredClip } from '@/utils/clip-schema';
import { getDb } from '@/utils/db/clip-db';
import { updateClip } from '@/utils/db/clip-store';
import { t } from '@/utils/i18n/t';
import type { Settings } from '@/utils/settings-schema';
import { formOf, validateForm, type ClipForm } from './clip-form';
import { pendingFields, pick, withStored } from './form-sync';

/** Quiet time after the last change before the form saves itself. */
export const AUTOSAVE_MS = 600;

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Edits that could not be saved when their form closed (invalid: an empty title), by clip id: opening the
 * clip again brings them back. Kept for this page's life; the library says so when it keeps one.
 */
const keptEdits = new Map<number, ClipForm>();

/**
 * The library's clip form, saving itself: a change is saved once the user pauses (valid fields only), at
 * once when the form closes (another clip opened, the library left), and on "Save". The stored clip
 * changing under the form (its own save landing, a re-clip, a bulk tag) updates the fields the user left
 * alone and never an edit not yet saved. "Undo" puts back the clip as it was when the form opened.
 */
export function useAutosaveForm(
  clip: StoredClip,
  settings: Settings,
  onSaved: (message: string) => void,
  onError: (message: string) => void,
  /** Errors only the store can tell (a slug or address another clip has): the form waits while they hold. */
  clashes: Record<string, string> = {},
) {
  const [form, setForm] = useState<ClipForm>(() => keptEdits.get(clip.id) ?? formOf(clip));
  const [attempted, setAttempted] = useState(() => keptEdits.has(clip.id));
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [stored, setStored] = useState(() => formOf(clip));
  const [opened] = useState(() => formOf(clip));
  // What this form saved, in its own spelling (the store may normalize it): not pending any more.
  const [saved, setSaved] = useState<Partial<ClipForm>>({});
  // For the save and the close, which run after this render: the values they must see.
  const latest = useRef({ clip, form, stored, saved, settings, onError, clashes });
  useEffect(() => {
    latest.current = { clip, form, stored, saved, settings, onError, clashes };
  });
  useEffect(() => void keptEdits.delete(clip.id), [clip.id]);

  // The stored clip changed: fields the user left alone follow it (React's "state from props" pattern).
  const next = formOf(clip);
  if (JSON.stringify(next) !== JSON.stringify(stored)) {
    setStored(next);
    setForm((f) => withStored(f, stored, next));
  }

  const errors = validateForm(clip, form, settings, clashes);
  const valid = Object.keys(errors).length === 0;
  const pending = pendingFields(form, stored, saved);

  const save = useCallback(
    async (snapshot: ClipForm, manual: boolean) => {
      const { clip: current, stored: now, saved: done, settings: s, clashes: c } = latest.current;
      const keys = pendingFields(snapshot, now, done);
      if (Object.keys(validateForm(current, snapshot, s, c)).length) {
        setAttempted(true);
        return;
      }
      if (keys.length === 0) {
        if (manual) onSaved(t('savedChanges'));
        return;
      }
      setStatus('saving');
      try {
        const taken = pick(snapshot, keys);
        await updateClip(getDb(), current.id, taken);
        latest.current.saved = { ...latest.current.saved, ...taken };
        setSaved((before) => ({ ...before, ...taken }));
        setStatus('saved');
        if (manual) onSaved(t('savedChanges'));
      } catch (error) {
        setStatus('failed');
        onError(error instanceof Error ? error.message : String(error));
      }
    },
    [onSaved, onError],
  );

  // Saved when the user pauses; an invalid change waits, its errors shown.
  const key = JSON.stringify(form);
  const waiting = pending.length > 0;
  useEffect(() => {
    if (!waiting || !valid) return;
    const timer = setTimeout(() => void save(form, false), AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the form's content
  }, [key, valid, waiting]);

  // Leaving with changes not saved yet: saved now when valid, else kept for when the clip opens again.
  useEffect(
    () => () => {
      const {
        clip: current,
        form: last,
        stored: now,
        saved: done,
        settings: s,
        onError: fail,
        clashes: c,
      } = latest.current;
      const keys = pendingFields(last, now, done);
      if (keys.length === 0) return;
      const problems = Object.values(validateForm(current, last, s, c));
      if (problems.length === 0) {
        updateClip(getDb(), current.id, pick(last, keys)).catch((error: unknown) =>
          fail(error instanceof Error ? error.message : String(error)),
        );
      } else {
        keptEdits.set(current.id, last);
        fail(t('editsKept', current.title, problems[0]!));
      }
    },
    [],
  );

  // Closing the library with changes not saved: the browser asks first.
  useEffect(() => {
    if (!waiting) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [waiting]);

  const changedSinceOpen = JSON.stringify(form) !== JSON.stringify(opened);
  return {
    form,
    set: <K extends keyof ClipForm>(field: K, value: ClipForm[K]) =>
      setForm((f) => ({ ...f, [field]: value })),
    errors,
    showErrors: attempted || (waiting && !valid),
    status: waiting ? (valid ? 'pending' : 'invalid') : status,
    saveNow: () => void save(form, true),
    /** Back to the clip as it was when the form opened, saved (null when nothing changed). */
    undo: changedSinceOpen
      ? () => {
          setForm(opened);
          setAttempted(false);
          void save(opened, false);
        }
      : null,
  };
}
