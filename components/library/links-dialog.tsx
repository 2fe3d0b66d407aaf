import { useState } from 'react';
import { parseLinks } from '@/utils/batch/parse-links';
import { t } from '@/utils/i18n/t';
import { startBatchFromClick } from '../start-batch';
import { ModalDialog } from './modal-dialog';

type Props = { concurrency: number; initialText?: string; onClose(): void; onError(message: string): void };

/**
 * "Clip links…" (#16): addresses pasted (or any text holding them) are clipped in background tabs by the
 * background, a few at a time, with the batch's progress shown in the library (and the popup).
 */
export function LinksDialog({ concurrency, initialText = '', onClose, onError }: Props) {
  const [text, setText] = useState(initialText);
  const [tags, setTags] = useState('');
  const links = parseLinks(text);
  const start = () => {
    // In the click: the batch asks for host access first.
    void startBatchFromClick({
      kind: 'links',
      tags: tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      items: async () => links.map((url) => ({ url, label: url })),
    }).then((problem) => (problem ? onError(problem) : onClose()));
  };
  return (
    <ModalDialog
      title={t('clipLinksTitle')}
      testId="links-dialog"
      // Pasted links are not dropped by a stray Escape without a word.
      onEscape={() => {
        if (!text.trim() || confirm(t('clipLinksDiscard'))) onClose();
      }}
    >
      <p>{t('clipLinksHelp', concurrency)}</p>
      <textarea
        rows={10}
        aria-label={t('clipLinksTitle')}
        data-testid="links-text"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <label>
        {t('batchTags')}
        <input value={tags} data-testid="links-tags" onChange={(e) => setTags(e.target.value)} />
      </label>
      <div className="actions">
        <button
          type="button"
          className="primary"
          data-testid="links-start"
          disabled={!links.length}
          onClick={start}
        >
          {t('clipLinksStart', links.length)}
        </button>
        <button type="button" onClick={onClose}>
          {t('importCancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
