import { useState } from 'react';
import { t } from '@/utils/i18n/t';

const SEPARATOR = ', ';
const namesOf = (author: string) => (author ? author.split(SEPARATOR) : []);
// A comma inside one name would split it in two when read back: the stored form is a ", " list.
const joined = (names: readonly string[]) =>
  names
    .map((name) => name.replace(/,/g, ' ').trim())
    .filter(Boolean)
    .join(SEPARATOR);

type Props = {
  author: string;
  onChange(author: string): void;
  source?: React.ReactNode;
};

/**
 * The byline as a list of people (#17): one field per author, added and removed one by one; stored as
 * the ", "-separated `author` every profile writes (a list where the profile has one).
 */
export function AuthorsField({ author, onChange, source }: Props) {
  // The rows as typed (an empty new row included), following the stored value when it changes elsewhere.
  const [rows, setRows] = useState(() => namesOf(author));
  const [seen, setSeen] = useState(author);
  if (author !== seen) {
    setSeen(author);
    if (author !== joined(rows)) setRows(namesOf(author));
  }
  const update = (next: string[]) => {
    setRows(next);
    const value = joined(next);
    setSeen(value);
    if (value !== author) onChange(value);
  };
  return (
    <fieldset className="field authors" data-testid="editor-authors">
      <legend>
        {t('fieldAuthors')} {source}
      </legend>
      {rows.map((name, i) => (
        <span className="author-row" key={i}>
          <input
            value={name}
            placeholder={t('authorPlaceholder')}
            aria-label={`${t('fieldAuthors')} ${i + 1}`}
            data-testid="editor-author"
            onChange={(e) => update(rows.map((n, j) => (j === i ? e.target.value : n)))}
          />
          <button
            type="button"
            className="link"
            aria-label={t('removeAuthor', name || String(i + 1))}
            data-testid="remove-author"
            onClick={() => update(rows.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </span>
      ))}
      <button type="button" data-testid="add-author" onClick={() => setRows([...rows, ''])}>
        {t('addAuthor')}
      </button>
    </fieldset>
  );
}
