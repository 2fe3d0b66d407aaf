import type { ReactNode } from 'react';
import { t } from '@/utils/i18n/t';
import { fromLocalInput, toLocalInput } from './date-input';
import type { ClipForm } from './clip-form';

type Props = Pick<ClipForm, 'pubDatetime' | 'modDatetime'> & {
  /** The page stated no date (the clip time stands in) and the user has given none. */
  undated: boolean;
  set: <K extends keyof ClipForm>(field: K, value: ClipForm[K]) => void;
  /** Where a field's value came from, while it is still that value. */
  source(field: string): ReactNode;
  error(field: string): ReactNode;
};

/**
 * The published and modified dates, picked in the user's zone: the published one is stored in UTC with the
 * day the user chose, which the file name, the sort and the lists show.
 */
export function DateFields({ pubDatetime, modDatetime, undated, set, source, error }: Props) {
  return (
    <>
      <label>
        {t('fieldPublished')}{' '}
        {undated ? <span className="source-note">{t('noDateStated')}</span> : source('pubDatetime')}
        <input
          type="datetime-local"
          data-testid="editor-published"
          // In the user's zone; stored in UTC with the day they chose (the file name's and the lists' day).
          value={undated ? '' : toLocalInput(pubDatetime)}
          onChange={(e) => {
            const date = fromLocalInput(e.target.value);
            if (!date) return;
            set('pubDatetime', date.pubDatetime);
            set('pubDay', date.pubDay);
          }}
        />
        {error('pubDatetime')}
      </label>
      <label>
        {t('fieldModified')} {source('modDatetime')}
        <input
          type="datetime-local"
          data-testid="editor-modified"
          // Cleared: the article states no modified time (the post shows none).
          value={modDatetime ? toLocalInput(modDatetime) : ''}
          onChange={(e) => set('modDatetime', fromLocalInput(e.target.value)?.pubDatetime ?? null)}
        />
        {error('modDatetime')}
      </label>
    </>
  );
}
