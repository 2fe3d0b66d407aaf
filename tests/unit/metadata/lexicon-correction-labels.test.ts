/**
 * Data tests for the correction lexicon: known languages, lower-case, no duplicates, and every entry read
 * by `findCorrections` as a note of its kind when a paragraph starts with it.
 */
import { describe, expect, it } from 'vitest';
import { CORRECTION_LABELS, CORRECTION_OPENINGS } from '../../../utils/metadata/lexicon/correction-labels';
import { LANGS, type Lang } from '../../../utils/metadata/lexicon/languages';
import { findCorrections } from '../../../utils/versions/find-corrections';

const capitalise = (w: string): string => w.charAt(0).toLocaleUpperCase() + w.slice(1);

describe('lexicon: correction labels and openings', () => {
  it('tags every list with a known language; words are lower-case, sorted and unique', () => {
    for (const data of [CORRECTION_LABELS, CORRECTION_OPENINGS])
      for (const [lang, byKind] of Object.entries(data)) {
        expect(LANGS).toContain(lang as Lang);
        for (const words of Object.values(byKind) as string[][]) {
          for (const word of words) expect(word).toBe(word.toLocaleLowerCase());
          expect(words, lang).toEqual([...new Set(words)].sort());
        }
      }
  });

  it('reads every label, followed by a colon or a dash, as a note of its kind', () => {
    for (const [lang, byKind] of Object.entries(CORRECTION_LABELS))
      for (const [kind, labels] of Object.entries(byKind))
        for (const label of labels)
          for (const sep of [': ', ' — ', ' (3 May): '])
            expect(
              findCorrections(`${capitalise(label)}${sep}the figures in this report were wrong`),
              `${lang} ${label}`,
            ).toEqual([expect.objectContaining({ kind })]);
  });

  it('reads every opening sentence as a note of its kind', () => {
    for (const [lang, byKind] of Object.entries(CORRECTION_OPENINGS))
      for (const [kind, openings] of Object.entries(byKind))
        for (const opening of openings ?? [])
          expect(findCorrections(`${capitalise(opening)} wording here.`), `${lang} ${opening}`).toEqual([
            expect.objectContaining({ kind }),
          ]);
  });
});
