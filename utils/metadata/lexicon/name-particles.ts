import type { Lang } from './languages';

/**
 * Lower-case words inside a person's name ("Jan de Vries", "Ursula von der Leyen", "Loïc du Pont"), by
 * language, alphabetical: name patterns accept them between capitalised words.
 */
export const NAME_PARTICLES: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  de: ['der', 'von', 'zu'],
  es: ['de', 'la'],
  fr: ['de', 'du', 'la', 'le'],
  it: ['da', 'di'],
  nl: ['de', 'den', 'der', 'van'],
};

/** Every particle of every language, once. */
export const nameParticles = (): string[] => [...new Set(Object.values(NAME_PARTICLES).flat())];
