import type { ImportDecision } from '@/utils/import/apply-import';
import { t } from '@/utils/i18n/t';

type Props = {
  /** Omitted for a one-shot "apply to all" choice. */
  value?: ImportDecision;
  onChange(decision: ImportDecision): void;
  label?: string;
  testId?: string;
};

/** What to do with an imported page that is already stored: skip it, replace it, or keep both. */
export function DecisionSelect({ value, onChange, label, testId }: Props) {
  return (
    <select
      value={value}
      aria-label={label}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value as ImportDecision)}
    >
      <option value="skip">{t('decisionSkip')}</option>
      <option value="replace">{t('decisionReplace')}</option>
      <option value="keep-both">{t('decisionKeepBoth')}</option>
    </select>
  );
}
