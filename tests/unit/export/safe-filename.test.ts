import { describe, expect, it } from 'vitest';
import { safeFilename, uniqueSafeFilenames } from '../../../utils/export/safe-filename';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('safeFilename', () => {
  it('keeps an ordinary slug as it is', () => {
    expect(safeFilename('harbour-council-votes')).toBe('harbour-council-votes.md');
    expect(safeFilename('中国将加快追赶步伐')).toBe('中国将加快追赶步伐.md');
  });

  it('replaces characters Windows forbids, and control and bidi-override characters', () => {
    expect(safeFilename('a<b>c:d"e/f\\g|h?i*j')).toBe('a-b-c-d-e-f-g-h-i-j.md');
    expect(safeFilename('tab\there\nnew\u0000null\u202Egpj.exe')).toBe('tab-here-new-null-gpj.exe.md');
  });

  it('drops leading dots and trailing dots and spaces', () => {
    expect(safeFilename('..hidden')).toBe('hidden.md');
    expect(safeFilename('name. . ')).toBe('name.md');
    expect(safeFilename(' . ')).toBe('untitled.md');
  });

  it.each(['CON', 'con', 'nul', 'Prn', 'AUX', 'com1', 'LPT9', 'com¹', 'con.tar', 'CONIN$'])(
    'renames the reserved device name %s',
    (name) => {
      const safe = safeFilename(name);
      expect(safe).not.toMatch(/^(con|prn|aux|nul|com.|lpt.|conin\$)(\.|$)/i);
      expect(safe.startsWith(`${name.split('.')[0]}_`)).toBe(true);
    },
  );

  it('leaves names that merely start like a device alone', () => {
    expect(safeFilename('console')).toBe('console.md');
    expect(safeFilename('nullable-types')).toBe('nullable-types.md');
  });

  it('caps the name in UTF-8 bytes at a grapheme boundary', () => {
    const cjk = safeFilename('中'.repeat(120));
    expect(bytes(cjk)).toBeLessThanOrEqual(200);
    expect(cjk).toBe(`${'中'.repeat(65)}.md`);
    const emoji = safeFilename('👩‍👩‍👧'.repeat(30), '.md', 40);
    expect(bytes(emoji)).toBeLessThanOrEqual(40);
    expect(emoji).toBe('👩‍👩‍👧👩‍👩‍👧.md'); // 18 bytes each: a third would split nothing but overflow
  });

  it('is idempotent', () => {
    for (const s of ['CON', 'a:b', '中'.repeat(120), ' x. ', '..']) {
      const once = safeFilename(s);
      expect(safeFilename(once.slice(0, -3))).toBe(once);
    }
  });
});

describe('uniqueSafeFilenames', () => {
  it('numbers repeats, also when case or Unicode normalization is all that differs', () => {
    expect(uniqueSafeFilenames(['a', 'a', 'a-2', 'A', 'e\u0301', 'é'])).toEqual([
      'a.md',
      'a-2.md',
      'a-2-2.md',
      'A-3.md',
      'é.md',
      'é-2.md',
    ]);
  });

  it('keeps numbered names within the byte cap', () => {
    const names = uniqueSafeFilenames(['中'.repeat(120), '中'.repeat(120)]);
    expect(names[0]).not.toBe(names[1]);
    for (const n of names) expect(bytes(n)).toBeLessThanOrEqual(200);
    expect(names[1]).toMatch(/-2\.md$/);
  });
});
