/**
 * One author name as a byline prints it, tidied for the frontmatter: an agency credit glued on with a slash
 * goes ("Peter Maahn/SP-X" → "Peter Maahn"), and a name set in capitals is written in ordinary case ("SVEN
 * MICHAELSEN" → "Sven Michaelsen"), and an editor's initials in brackets go ("Julia Hitz (eg)"). Comment-form
 * labels ("Name (erforderlich)") are not names at all.
 */

/** A full name (two or more capitalised words) followed by "/AGENCY" or "/kürzel". */
const AGENCY_SUFFIX =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+)*\s+\p{Lu}[\p{L}.'’-]*)\s*\/\s*[\p{L}\d-]{1,10}$/u;
/** Labels of comment forms that Readability or a byline selector can mistake for a byline. */
const FORM_LABEL =
  /\((?:erforderlich|required|pflichtfeld|obligatoire|obligatorio|obbligatorio)\)|^name\s*\*?$/i;

export const isFormLabel = (name: string): boolean => FORM_LABEL.test(name.trim());

/** A word without vowels in capitals is an acronym ("MDR", "SWR", "NDR"): it keeps its capitals. */
const ACRONYM = /^[^AEIOUYÄÖÜÀ-Ýaeiouyäöüà-ý]+$/u;

/** "SVEN MICHAELSEN" → "Sven Michaelsen", "R.C. BAKER" → "R.C. Baker", "O'MAHONY" → "O'Mahony". */
function titleCase(name: string): string {
  return name
    .split(' ')
    .map((word) =>
      ACRONYM.test(word)
        ? word
        : word
            .toLowerCase()
            .replace(
              /(^|[.'’-])(\p{Ll})/gu,
              (_, before: string, letter: string) => before + letter.toUpperCase(),
            ),
    )
    .join(' ');
}

/** Whether a name is written in capitals only: two or more words, no lower-case letter. */
function isAllCaps(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 4 &&
    /\s/.test(name.trim()) &&
    !/\p{Ll}/u.test(letters) &&
    // Only scripts with case: a Chinese or Arabic name has neither upper nor lower case.
    /\p{Lu}/u.test(letters)
  );
}

/** An editor's lower-case initials after the name ("Julia Hitz (eg)", "Corina Gall (cog.)"): the desk's code. */
const INITIALS_SUFFIX = /\s*\(\p{Ll}{1,4}\.?\)$/u;

export function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ').replace(INITIALS_SUFFIX, '');
  const withoutAgency = AGENCY_SUFFIX.exec(trimmed)?.[1] ?? trimmed;
  return isAllCaps(withoutAgency) ? titleCase(withoutAgency) : withoutAgency;
}
