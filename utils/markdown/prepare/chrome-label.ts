import { chromeLabels } from '../../metadata/lexicon/chrome-labels';
import { LANGS } from '../../metadata/lexicon/languages';

/**
 * Whether a short text is a chrome label from the lexicon (chrome-labels): "Caption", "Image 1 of 9",
 * "4 Min Read", "Slideshow ( 15 images )", "mehr anzeigen", "写真を拡大". Compared with spaces and punctuation
 * dropped, so "Lesezeit: 3 Min." and "( 15 images )" need no spelling of their own.
 */

/** Longer text is never one of these labels. */
export const MAX_CHROME_LABEL = 60;

/** Letters, digits and `#` (the number placeholder) are all a label is compared by. */
const squeeze = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}#]/gu, '');

const WORDS = new Set(chromeLabels(LANGS, 'words').map(squeeze));
const COUNTED = new RegExp(
  `^(?:${chromeLabels(LANGS, 'counted')
    .map((entry) => squeeze(entry).replace(/#/g, String.raw`\d+`))
    .join('|')})$`,
);

export function isChromeLabel(text: string): boolean {
  if (text.length > MAX_CHROME_LABEL) return false;
  const key = squeeze(text).replace(/#/g, '');
  return key.length > 0 && (WORDS.has(key) || COUNTED.test(key));
}
