import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/**
 * UI text in the browser's language (the extension i18n system, `_locales/`), falling back to English
 * where a message is missing (and in unit tests, which have no i18n).
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const message = localized(key, subs);
  if (message) return message;
  return en[key].message.replace(/\$P(\d)\$/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

function localized(key: string, subs: string[]): string {
  try {
    return (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(key, subs) ?? '';
  } catch {
    return '';
  }
}
