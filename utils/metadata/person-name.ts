import { alternation } from './lexicon/build-pattern';
import { nameParticles } from './lexicon/name-particles';

/**
 * One to three capitalised words ("Benni", "Denis Clerc", "Jan de Vries", "Lê Phương"), no sentence
 * punctuation: the shape of a person's name set on its own line (a sign-off, a bold credit above the story).
 * The shape alone is weak evidence ("Frohe Weihnachten" has it too): callers also ask how the line is set.
 */
const NAME = new RegExp(
  String.raw`^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|${alternation(nameParticles())})){0,2}$`,
  'u',
);

export const isPersonName = (text: string): boolean => NAME.test(text);

/** Names joined on one credit line: "Mathatisi Sebusi/Mohalenyane Phakela", "A & B", "A and B", "A, B". */
export function personNames(line: string): string[] | null {
  const parts = line.split(/\s*(?:\/|&|,|\band\b|\bund\b)\s*/u).filter(Boolean);
  return parts.length && parts.length <= 4 && parts.every(isPersonName) ? parts : null;
}
