import { useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/t';
import { startBatchFromClick } from './start-batch';

/**
 * "Clip all tabs in this window" (#16), with tags for all typed first. The background clips them whether
 * or not the popup stays open; restricted, closed and unloaded tabs are reported with the reason.
 */
export function ClipAllTabs({ onError }: { onError(message: string): void }) {
  const [tags, setTags] = useState('');
  const start = () =>
    void startBatchFromClick({
      kind: 'tabs',
      tags: tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      items: async () =>
        (await browser.tabs.query({ currentWindow: true })).flatMap((tab) =>
          tab.id === undefined
            ? []
            : [{ tabId: tab.id, url: tab.url ?? '', label: tab.title || tab.url || t('batchBrowserTab') }],
        ),
    }).then((problem) => problem && onError(problem));
  return (
    <details className="clip-all" data-testid="clip-all">
      <summary>{t('clipAllTabs')}</summary>
      <label>
        {t('batchTags')}
        <input value={tags} data-testid="clip-all-tags" onChange={(e) => setTags(e.target.value)} />
      </label>
      <button type="button" data-testid="clip-all-start" onClick={start}>
        {t('clipAllTabs')}
      </button>
    </details>
  );
}
