import { useId } from 'react';
import type { ProfileId } from '@/utils/export/export-options';
import { filenamePatternProblem, type PatternProblem } from '@/utils/export/filename-pattern';
import { postNameParts } from '@/utils/export/post-name-parts';
import { getProfile } from '@/utils/export/profiles/profiles';
import { uniqueSafePaths } from '@/utils/export/safe-filename';
import { t } from '@/utils/i18n/t';

/** The clip the example path is shown for. */
const EXAMPLE = {
  slug: 'wind-farm-approved',
  title: 'Wind farm approved',
  siteName: 'Harbour News',
  pubDatetime: '2026-03-09T08:00:00Z',
};

export function patternProblemText(problem: PatternProblem): string {
  return problem.key === 'filenamePatternUnknown' ? t(problem.key, problem.token) : t(problem.key);
}

/** The file-name pattern setting, with the path it gives for an example clip, or why it can't be used. */
export function FilenamePatternField(props: {
  value: string;
  profile: ProfileId;
  onChange: (value: string) => void;
}) {
  const noteId = useId();
  const problem = filenamePatternProblem(props.value);
  const profile = getProfile(props.profile);
  const example = problem
    ? ''
    : `${profile.folder}${uniqueSafePaths([postNameParts(EXAMPLE, { profile: props.profile, filenamePattern: props.value.trim() })])[0]}`;
  return (
    <label>
      {t('settingFilenamePattern')}
      <input
        value={props.value}
        placeholder={profile.filenamePattern}
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-describedby={noteId}
        data-testid="filename-pattern"
        onChange={(e) => props.onChange(e.target.value)}
      />
      <small id={noteId}>
        {t('settingFilenamePatternHelp')}{' '}
        {problem ? (
          <span className="field-error" data-testid="filename-pattern-error">
            {patternProblemText(problem)}
          </span>
        ) : (
          <span data-testid="filename-pattern-example">{t('filenamePatternExample', example)}</span>
        )}
      </small>
    </label>
  );
}
