import { md } from './convert';

const PROSE =
  '<p>The harbour council voted seven to two on Thursday to fund a year-round passenger ferry between the old cannery pier and the island village.</p>';
const card = (kicker: string, slug: string, headline: string) =>
  `<div class="c"><span>${kicker}</span> <a href="/news/${slug}">${headline}</a> <span>6 May</span></div>`;
const CARDS =
  card('Schools', 'roof', 'School roof repairs finish a month early') +
  card('Transport', 'bus', 'Bus route nine returns to the mill district') +
  card('Housing', 'flats', 'Council approves forty new flats on Canal Street');
const article = { dropMetadataLines: true };

describe('remove-teaser-runs pass', () => {
  it('removes a run of same-template teaser cards after the last paragraph, with its heading', () => {
    expect(md(`${PROSE}<h3>More Business News</h3><div>${CARDS}</div>`, article)).toBe(
      PROSE.replace(/<\/?p>/g, ''),
    );
    const items = ['a', 'b', 'c']
      .map(
        (s) =>
          `<li><a href="/n/${s}">Headline ${s} about the council</a><a href="/n/${s}">An excerpt of ${s}…</a></li>`,
      )
      .join('');
    expect(md(`${PROSE}<ul>${items}</ul>`, article)).toBe(PROSE.replace(/<\/?p>/g, ''));
  });

  it('keeps cards before the end of the story, links to other sites, plain and introduced lists', () => {
    expect(md(`<div>${CARDS}</div>${PROSE}`, article)).toContain('School roof repairs');
    const external = CARDS.replace(/href="\/news\//g, 'href="https://other.example.org/');
    expect(md(`${PROSE}<div>${external}</div>`, article)).toContain('School roof repairs');
    const plain = ['a', 'b', 'c'].map((s) => `<li><a href="/help/${s}">Help page ${s}</a></li>`).join('');
    expect(md(`${PROSE}<ul>${plain}</ul>`, article)).toContain('Help page c');
    expect(md(`${PROSE}<p>Read next:</p><div>${CARDS}</div>`, article)).toContain('School roof repairs');
  });

  it('leaves selections alone', () => {
    expect(md(`${PROSE}<div>${CARDS}</div>`)).toContain('School roof repairs');
  });
});
