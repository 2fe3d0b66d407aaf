import type { Lang } from './languages';

/**
 * Month names by language, lower-case in their usual spelling (accents kept). Each list is in calendar order:
 * index 0 is January. An entry holds the month's spellings, alphabetical; `abbr` holds the abbreviations
 * printed in datelines ("5. Okt. 2021"). Polish months are the genitive forms dates use ("5 maja 2021").
 */
export interface MonthNames {
  full: readonly (readonly string[])[];
  abbr: readonly (readonly string[])[];
}

export const MONTH_NAMES: Readonly<Partial<Record<Lang, MonthNames>>> = {
  de: {
    full: [
      ['januar', 'jänner'],
      ['feber', 'februar'],
      ['maerz', 'märz'],
      ['april'],
      ['mai'],
      ['juni'],
      ['juli'],
      ['august'],
      ['september'],
      ['oktober'],
      ['november'],
      ['dezember'],
    ],
    abbr: [
      ['jan'],
      ['feb'],
      ['mrz', 'mär'],
      ['apr'],
      [],
      ['jun'],
      ['jul'],
      ['aug'],
      ['sep'],
      ['okt'],
      ['nov'],
      ['dez'],
    ],
  },
  en: {
    full: [
      ['january'],
      ['february'],
      ['march'],
      ['april'],
      ['may'],
      ['june'],
      ['july'],
      ['august'],
      ['september'],
      ['october'],
      ['november'],
      ['december'],
    ],
    abbr: [
      ['jan'],
      ['feb'],
      ['mar'],
      ['apr'],
      [],
      ['jun'],
      ['jul'],
      ['aug'],
      ['sep', 'sept'],
      ['oct'],
      ['nov'],
      ['dec'],
    ],
  },
  es: {
    full: [
      ['enero'],
      ['febrero'],
      ['marzo'],
      ['abril'],
      ['mayo'],
      ['junio'],
      ['julio'],
      ['agosto'],
      ['septiembre', 'setiembre'],
      ['octubre'],
      ['noviembre'],
      ['diciembre'],
    ],
    abbr: [['ene'], [], [], ['abr'], [], [], [], ['ago'], [], [], [], ['dic']],
  },
  fr: {
    full: [
      ['janvier'],
      ['février'],
      ['mars'],
      ['avril'],
      ['mai'],
      ['juin'],
      ['juillet'],
      ['août'],
      ['septembre'],
      ['octobre'],
      ['novembre'],
      ['décembre'],
    ],
    abbr: [[], ['fév'], [], ['avr'], [], [], ['juil'], [], [], [], [], []],
  },
  it: {
    full: [
      ['gennaio'],
      ['febbraio'],
      ['marzo'],
      ['aprile'],
      ['maggio'],
      ['giugno'],
      ['luglio'],
      ['agosto'],
      ['settembre'],
      ['ottobre'],
      ['novembre'],
      ['dicembre'],
    ],
    abbr: [['gen'], [], [], [], ['mag'], ['giu'], ['lug'], [], ['set'], ['ott'], [], []],
  },
  nl: {
    full: [
      ['januari'],
      ['februari'],
      ['maart'],
      ['april'],
      ['mei'],
      ['juni'],
      ['juli'],
      ['augustus'],
      ['september'],
      ['oktober'],
      ['november'],
      ['december'],
    ],
    abbr: [[], [], ['mrt'], [], [], [], [], [], [], [], [], []],
  },
  pl: {
    full: [
      ['stycznia'],
      ['lutego'],
      ['marca'],
      ['kwietnia'],
      ['maja'],
      ['czerwca'],
      ['lipca'],
      ['sierpnia'],
      ['września'],
      ['października'],
      ['listopada'],
      ['grudnia'],
    ],
    abbr: [[], [], [], [], [], [], [], [], [], [], [], []],
  },
  pt: {
    full: [
      ['janeiro'],
      ['fevereiro'],
      ['março'],
      ['abril'],
      ['maio'],
      ['junho'],
      ['julho'],
      ['agosto'],
      ['setembro'],
      ['outubro'],
      ['novembro'],
      ['dezembro'],
    ],
    abbr: [[], ['fev'], [], [], [], [], [], [], [], ['out'], [], []],
  },
};

/** Every month word of the given languages (full names and/or abbreviations) with its month number, 1–12. */
export function monthWords(
  langs: readonly Lang[],
  forms: readonly (keyof MonthNames)[] = ['full', 'abbr'],
): { word: string; month: number }[] {
  return langs.flatMap((lang) =>
    forms.flatMap((form) =>
      (MONTH_NAMES[lang]?.[form] ?? []).flatMap((names, index) =>
        names.map((word) => ({ word, month: index + 1 })),
      ),
    ),
  );
}
