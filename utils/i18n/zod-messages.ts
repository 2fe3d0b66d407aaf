import { z } from 'zod';
import { t } from './t';

/**
 * zod's messages in the user's language: what a form or an import shows when a value is refused ("At
 * most 2000 characters", not "Too big: expected string to have <=2000 characters"). Set once for the
 * whole bundle; a schema's own message (a function calling t()) still wins. Issues without a case here
 * keep zod's English.
 */
z.config({
  customError(issue) {
    const origin = 'origin' in issue ? issue.origin : undefined;
    switch (issue.code) {
      case 'too_small':
        if (origin === 'string')
          return Number(issue.minimum) <= 1 ? t('valRequired') : t('valTooShort', Number(issue.minimum));
        if (origin === 'array') return t('valTooFew', Number(issue.minimum));
        return undefined;
      case 'too_big':
        if (origin === 'string') return t('valTooLong', Number(issue.maximum));
        if (origin === 'array') return t('valTooMany', Number(issue.maximum));
        return undefined;
      case 'invalid_format':
        if (issue.format === 'url') return t('valUrl');
        if (issue.format === 'datetime' || issue.format === 'date') return t('valDate');
        return t('valFormat');
      case 'invalid_type':
        return t('valType');
      default:
        return undefined;
    }
  },
});
