import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/**
 * UI text in the browser's language (the extension i18n system, `_locales/`), falling back to English
 * where a message is missing (and in unit tests, which have no i18n).
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  key = pluralForm(key, substitutions[0]);
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

let rules: Intl.PluralRules | undefined;

/**
 * The language of the message file in use ("en", "zh"): what Intl formatting inside a message should use.
 * navigator.language may differ (Chromium started with LANGUAGE=zh_CN still says en-US there), and a
 * Chinese sentence around an English "now" reads wrong.
 */
export function messagesLocale(): string {
  return localized('pluralLocale', []) || 'en';
}

/**
 * The message for a count: `<key>One` where the messages' language calls the count "one" (English: 1;
 * Chinese: never) and that form exists, else `<key>`. The extension i18n system has no plurals; the
 * language is the one of the message file in use (its `pluralLocale`), not the browser's.
 */
function pluralForm(key: MessageKey, count: string | number | undefined): MessageKey {
  if (typeof count !== 'number') return key;
  const one = `${key}One`;
  if (!(one in en)) return key;
  rules ??= new Intl.PluralRules(messagesLocale());
  return rules.select(count) === 'one' ? (one as MessageKey) : key;
}
