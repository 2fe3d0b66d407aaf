import { useMemo } from 'react';
import { t } from '@/utils/i18n/t';
import { comparableText, wordDiff } from '@/utils/versions/word-diff';
import type { VersionContent } from '@/utils/versions/version-schema';

type Side = Pick<VersionContent, 'title' | 'description' | 'author' | 'markdown'>;

/**
 * Two versions of a story, word by word: removed words struck through, added ones underlined (not by
 * colour alone), as plain text (never rendered as HTML: both sides are page content).
 */
export function VersionDiff({ older, newer }: { older: Side; newer: Side }) {
  const parts = useMemo(() => wordDiff(comparableText(older), comparableText(newer)), [older, newer]);
  if (!parts) return <p className="source-note">{t('diffTooLarge')}</p>;
  if (parts.every((part) => part.change === 'same')) return <p className="source-note">{t('diffSame')}</p>;
  return (
    <pre className="version-diff" data-testid="version-diff">
      {parts.map((part, i) =>
        part.change === 'added' ? (
          <ins key={i}>{part.text}</ins>
        ) : part.change === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </pre>
  );
}
