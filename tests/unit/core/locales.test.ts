import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../../../utils/i18n/t';
import { clipEditSchema } from '../../../utils/clip-schema';
import { toStoreError } from '../../../utils/db/store-error';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;

describe('UI text', () => {
  const en = load('en');
  const zh = load('zh_CN');

  it('is complete in Simplified Chinese, with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message, placeholders }] of Object.entries(en)) {
      const other = zh[key]!;
      expect(other.message.trim(), key).not.toBe('');
      expect(Object.keys(other.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(placeholders ?? {}).sort(),
      );
      // Every declared placeholder is used in both languages (a declared, unused one hides a dropped value);
      // an English singular may say its count in words ("the only clip").
      for (const name of Object.keys(placeholders ?? {})) {
        if (!(key.endsWith('One') && name === 'p1'))
          expect(message, key).toContain(`$${name.toUpperCase()}$`);
        expect(other.message, key).toContain(`$${name.toUpperCase()}$`);
      }
      expect(message).not.toMatch(/\$\d/);
    }
  });

  it('says counts with the plural rules of the messages’ language', () => {
    expect(t('clipCount', 1)).toBe('1 clip');
    expect(t('clipCount', 0)).toBe('0 clips');
    expect(t('clipCount', 2)).toBe('2 clips');
    expect(t('exportedCount', 1, 'news.zip')).toBe('Exported 1 clip to news.zip');
    expect(t('thinShort', 1)).toBe('This page has only 1 word: it may not be the article.');
    // Every singular form has its plural, in both languages.
    for (const key of Object.keys(en).filter((k) => k.endsWith('One'))) {
      expect(en, key).toHaveProperty(key.slice(0, -3));
      expect(zh, key).toHaveProperty(key);
    }
  });

  it('gives validation messages in words of its own, not zod’s', () => {
    const messages = (edit: unknown) =>
      clipEditSchema
        .partial()
        .safeParse(edit)
        .error?.issues.map((i) => i.message);
    expect(messages({ title: '  ' })).toEqual(['Title is required']);
    expect(messages({ description: 'x'.repeat(2001) })).toEqual(['At most 2000 characters']);
    expect(messages({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })).toEqual(['At most 50 items']);
    expect(messages({ tags: [''] })).toEqual(['Required']);
    expect(messages({ draft: 'yes' })).toEqual(['Missing or of the wrong kind']);
    const error = clipEditSchema.partial().safeParse({ description: 'x'.repeat(2001) }).error;
    expect(toStoreError(error).message).not.toMatch(/Too big|expected string/);
  });

  it('fills placeholders', () => {
    expect(t('statusSaved', 'A: B')).toBe('Saved: A: B');
    expect(t('importDone', 1, 2, 3, 4)).toBe('Imported: 1 added, 2 replaced, 3 kept as copies, 4 skipped');
  });
});
