import { collapse } from '../text/collapse';
import { personNames } from './person-name';

/**
 * A credit set as a line of its own in bold — `<p><strong>Mohloai Mpesi</strong></p>` above the story, or
 * `<p><b>Lê Phương</b></p>` closing it — read as the writers' names. Many small newsrooms credit the reporter
 * this way and leave the site's name in the author metadata. Only full names (two words or more, each
 * capitalised) and no link: a bold "Read More" or "Conclusion" is a heading, not a credit.
 */
export function boldCreditNames(block: Element): string[] | null {
  if (block.querySelector('a')) return null;
  const text = collapse(block.textContent);
  if (!text || text.length > 100) return null;
  const bold = Array.from(block.querySelectorAll('strong, b')).find((b) => collapse(b.textContent) === text);
  if (!bold) return null;
  const names = personNames(text);
  return names && names.every((n) => n.includes(' ')) ? names : null;
}
