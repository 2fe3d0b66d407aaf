import { useState } from 'react';
import type { CslItem } from '@/utils/cite/csl-item';
import type { CitationFormat } from '@/utils/cite/format-citation';
import { t, type MessageKey } from '@/utils/i18n/t';

const FORMATS: readonly [CitationFormat, MessageKey][] = [
  ['apa', 'citeApa'],
  ['chicago', 'citeChicago'],
  ['bibtex', 'citeBibtex'],
  ['csl-json', 'citeCslJson'],
];

type Props = {
  /** The items to cite, read when the user copies (a selection may be large). */
  items(): Promise<CslItem[]>;
  onMessage(message: string, isError?: boolean): void;
  testId?: string;
};

/**
 * "Copy citation" in a chosen form (#14). The formatter (citation.js with its styles, a large module) is
 * loaded on the first copy, not with the library.
 */
export function CiteMenu({ items, onMessage, testId = 'cite' }: Props) {
  const [format, setFormat] = useState<CitationFormat>('apa');
  async function copy() {
    try {
      const [{ formatCitations }, list] = await Promise.all([
        import('@/utils/cite/format-citation'),
        items(),
      ]);
      await navigator.clipboard.writeText(formatCitations(list, format));
      onMessage(t('citeCopied', list.length, t(FORMATS.find(([id]) => id === format)![1])));
    } catch (error) {
      onMessage(t('citeFailed', error instanceof Error ? error.message : String(error)), true);
    }
  }
  return (
    <span className="cite-menu">
      <select
        aria-label={t('citeFormat')}
        data-testid={`${testId}-format`}
        value={format}
        onChange={(e) => setFormat(e.target.value as CitationFormat)}
      >
        {FORMATS.map(([id, label]) => (
          <option key={id} value={id}>
            {t(label)}
          </option>
        ))}
      </select>
      <button type="button" data-testid={`${testId}-copy`} onClick={() => void copy()}>
        {t('citeCopy')}
      </button>
    </span>
  );
}
