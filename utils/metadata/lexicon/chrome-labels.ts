import type { Lang } from './languages';

/**
 * Page chrome that templates leave inside article bodies, by language, lower-case, alphabetical: gallery and
 * player controls, "show more" toggles, reading-time and image-count lines. An element whose whole text is
 * one of these is never article text. In `counted`, `#` stands for a number ("image # of #" reads "Image 1
 * of 9") and a space for any white space or none (CJK pages and "Slideshow ( 15 images )" space freely).
 */
export interface ChromeLabels {
  /** Whole-text labels: "Caption", "Close", "mehr anzeigen", "写真を拡大". */
  words?: readonly string[];
  /** Labels with a number: "4 min read", "Image 1 of 9", "Slideshow (15 images)". */
  counted?: readonly string[];
}

export const CHROME_LABELS: Readonly<Partial<Record<Lang, ChromeLabels>>> = {
  de: {
    words: [
      'bild vergrößern',
      'bildergalerie öffnen',
      'galerie öffnen',
      'mehr anzeigen',
      'schließen',
      'vergrößern',
      'weniger anzeigen',
    ],
    counted: ['# min lesezeit', '# minuten lesezeit', 'bild # von #', 'lesezeit # min', 'lesezeit # minuten'],
  },
  en: {
    words: [
      'caption',
      'close',
      'enlarge',
      'enlarge this image',
      'expand',
      'hide caption',
      'open gallery',
      'show caption',
      'show more',
      'skip to content',
      'skip to main content',
      'toggle caption',
      'view gallery',
    ],
    counted: [
      '# min read',
      '# mins read',
      '# minute read',
      '# minutes read',
      'image # of #',
      'photo # of #',
      'slide # of #',
      'slideshow (# images)',
      'slideshow (# photos)',
    ],
  },
  es: {
    words: ['ampliar', 'cerrar', 'ver más'],
    counted: ['# min de lectura', 'imagen # de #', 'tiempo de lectura # min'],
  },
  fr: {
    words: ['afficher plus', 'agrandir', 'fermer', 'voir plus'],
    counted: ['# min de lecture', 'lecture # min', 'photo # sur #'],
  },
  it: {
    words: ['chiudi', 'ingrandisci', 'mostra di più'],
    counted: ['# min di lettura', 'foto # di #', 'lettura # min'],
  },
  ja: {
    words: ['もっと見る', '写真を拡大', '画像を拡大', '閉じる'],
  },
  nl: {
    words: ['sluiten', 'toon meer', 'vergroten'],
    counted: ['# min leestijd', 'foto # van #', 'leestijd # min'],
  },
};

/** The languages' entries of one kind, flattened. */
export const chromeLabels = (langs: readonly Lang[], kind: keyof ChromeLabels): string[] =>
  langs.flatMap((l) => CHROME_LABELS[l]?.[kind] ?? []);
