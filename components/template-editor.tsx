import { useState } from 'react';
import { downloadFile } from '@/utils/export/download';
import { t } from '@/utils/i18n/t';
import type { Settings } from '@/utils/settings-schema';
import { readTemplateFile, templateFilename, templateToJson } from '@/utils/templates/template-file';
import { templateProblems, type ProblemField } from '@/utils/templates/template-problems';
import { defaultUserTemplate, type UserTemplate } from '@/utils/templates/user-template';
import { TemplateDocs } from './template-docs';
import { TemplatePreview } from './template-preview';

type Props = {
  settings: Settings;
  /** Saves a valid template into the settings. */
  onSave(template: UserTemplate): Promise<void> | void;
  onMessage(text: string, isError?: boolean): void;
};

/**
 * The user's export template: keys (add, remove, reorder), body and file name, checked as typed (each
 * problem under its field, with its position), previewed on a stored clip, shared as JSON. Only a valid
 * template is saved; what is being typed stays here until it is.
 */
export function TemplateEditor({ settings, onSave, onMessage }: Props) {
  const [draft, setDraft] = useState<UserTemplate>(settings.template);
  const problems = templateProblems(draft);
  const problemsOf = (field: ProblemField) => problems.filter((p) => p.field === field);

  function change(next: UserTemplate) {
    setDraft(next);
    if (templateProblems(next).length === 0) void onSave(next);
  }
  const setKey = (i: number, patch: Partial<UserTemplate['keys'][number]>) =>
    change({ ...draft, keys: draft.keys.map((k, j) => (j === i ? { ...k, ...patch } : k)) });
  const move = (i: number, by: number) => {
    const keys = [...draft.keys];
    const [item] = keys.splice(i, 1);
    if (item) keys.splice(i + by, 0, item);
    change({ ...draft, keys });
  };

  async function exportJson() {
    try {
      await downloadFile(templateFilename(draft), templateToJson(draft), 'application/json');
    } catch (error) {
      onMessage(String(error), true);
    }
  }

  async function importJson(file: File | undefined) {
    if (!file) return;
    const result = readTemplateFile(await file.text());
    if (!result.ok) {
      onMessage(
        t(result.reason === 'notJson' ? 'tplImportNotJson' : 'tplImportInvalid', result.detail),
        true,
      );
      return;
    }
    // Nothing lost: a template of the user's own is only replaced when they say so.
    const own = JSON.stringify(draft) !== JSON.stringify(defaultUserTemplate);
    if (own && JSON.stringify(draft) !== JSON.stringify(result.template))
      if (!confirm(t('tplImportReplace', draft.name, result.template.name))) return;
    setDraft(result.template);
    await onSave(result.template);
    onMessage(t('tplImported', result.template.name));
  }

  const errors = (field: ProblemField) =>
    problemsOf(field).map((p) => (
      <span key={p.text} className="field-error" data-testid="tpl-problem">
        {p.text}
      </span>
    ));

  return (
    <section className="template-editor" aria-labelledby="tpl-heading" data-testid="template-editor">
      <h2 id="tpl-heading">{t('tplTitle')}</h2>
      <p>{t('tplHelp')}</p>
      <label>
        {t('tplName')}
        <input
          value={draft.name}
          data-testid="tpl-name"
          onChange={(e) => change({ ...draft, name: e.target.value })}
        />
        {errors('name')}
      </label>
      <fieldset>
        <legend>{t('tplKeys')}</legend>
        <ol className="template-keys">
          {draft.keys.map((k, i) => (
            <li key={i} data-testid="tpl-key-row">
              <input
                aria-label={t('tplKey')}
                value={k.key}
                spellCheck={false}
                data-testid={`tpl-key-${i}`}
                onChange={(e) => setKey(i, { key: e.target.value })}
              />
              <input
                aria-label={t('tplValue')}
                value={k.template}
                spellCheck={false}
                data-testid={`tpl-value-${i}`}
                onChange={(e) => setKey(i, { template: e.target.value })}
              />
              <button
                type="button"
                disabled={i === 0}
                title={t('tplMoveUp')}
                aria-label={t('tplMoveUp')}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={i === draft.keys.length - 1}
                title={t('tplMoveDown')}
                aria-label={t('tplMoveDown')}
                data-testid={`tpl-down-${i}`}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                data-testid={`tpl-remove-${i}`}
                onClick={() => change({ ...draft, keys: draft.keys.filter((_, j) => j !== i) })}
              >
                {t('tplRemoveKey')}
              </button>
              {errors(`key-${i}`)}
            </li>
          ))}
        </ol>
        <button
          type="button"
          data-testid="tpl-add-key"
          onClick={() => change({ ...draft, keys: [...draft.keys, { key: '', template: '' }] })}
        >
          {t('tplAddKey')}
        </button>
      </fieldset>
      <label>
        {t('tplBody')}
        <textarea
          value={draft.body}
          rows={4}
          spellCheck={false}
          data-testid="tpl-body"
          onChange={(e) => change({ ...draft, body: e.target.value })}
        />
        {errors('body')}
      </label>
      <label>
        {t('tplFileName')}
        <input
          value={draft.fileName}
          spellCheck={false}
          data-testid="tpl-filename"
          onChange={(e) => change({ ...draft, fileName: e.target.value })}
        />
        {errors('fileName')}
      </label>
      <p
        aria-live="polite"
        data-testid="tpl-state"
        className={problems.length ? 'status error' : 'status ok'}
      >
        {problems.length ? t('tplNotSaved') : t('tplSaved')}
      </p>
      <p className="template-share">
        <button type="button" data-testid="tpl-export" onClick={() => void exportJson()}>
          {t('tplExport')}
        </button>{' '}
        <label className="inline">
          {t('tplImport')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="tpl-import"
            onChange={(e) => {
              void importJson(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </p>
      <TemplatePreview template={problems.length ? null : draft} settings={settings} />
      <TemplateDocs />
    </section>
  );
}
