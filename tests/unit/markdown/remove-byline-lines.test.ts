import { isBylineLine, isDateLine } from '../../../utils/markdown/prepare/remove-byline-lines';
import { md } from './convert';

const STORY =
  '<p>The harbour council approved the tidal barrage on Tuesday after a debate about costs, fish and the view from the promenade.</p>';

describe('remove-byline-lines pass', () => {
  it('drops the byline and date lines above the story, which the frontmatter holds', () => {
    const html =
      '<div class="meta"><p>VON Sina Giebel</p><time>23.10.2018</time></div>' +
      '<h5><a href="/writer/sina">Sina Giebel</a></h5><p>5. März 2021, 15:40 Uhr</p>' +
      STORY;
    expect(md(html, { author: 'Sina Giebel', dropMetadataLines: true })).toBe(STORY.slice(3, -4));
  });

  it('looks past a lead paragraph, and takes a byline with its date and role', () => {
    const html = `${STORY}<p>von <a href="/autor/anja">Anja Schmoll-Trautmann</a> am 14. Mai 2014, 15:40 Uhr</p>${STORY}`;
    expect(md(html, { author: 'Anja Schmoll-Trautmann', dropMetadataLines: true })).toBe(
      `${STORY.slice(3, -4)}\n\n${STORY.slice(3, -4)}`,
    );
  });

  it("drops the headline's kicker line left above the story, not a long or unnamed one", () => {
    const kicker = '<p><span class="dachzeile">Verkehr</span></p>';
    expect(md(`${kicker}${STORY}`, { dropMetadataLines: true })).toBe(STORY.slice(3, -4));
    expect(md(`<div class="kicker">Opinion</div>${STORY}`, { dropMetadataLines: true })).toBe(
      STORY.slice(3, -4),
    );
    expect(md(`<p>Verkehr</p>${STORY}`, { dropMetadataLines: true })).toContain('Verkehr');
    const long = '<p class="kicker">A long opening line that is really the first sentence of the story.</p>';
    expect(md(`${long}${STORY}`, { dropMetadataLines: true })).toContain('A long opening line');
    expect(md(`${kicker}${STORY}`)).toContain('Verkehr');
  });

  it('keeps the name in the story, other people, a score, and everything without an author', () => {
    const quote = '<p>Sina Giebel said the barrage was “a bold and necessary step for the town”.</p>';
    expect(md(`${quote}${STORY}`, { author: 'Sina Giebel', dropMetadataLines: true })).toContain(
      'a bold and necessary step',
    );
    expect(md(`<p>Von Jo Bloggs</p>${STORY}`, { author: 'Sina Giebel', dropMetadataLines: true })).toContain(
      'Von Jo Bloggs',
    );
    expect(md(`<p><strong>57:33</strong></p>${STORY}`, { dropMetadataLines: true })).toContain('57:33');
    expect(md(`<p>Von Jo Bloggs</p>${STORY}`, { dropMetadataLines: true })).toContain('Von Jo Bloggs');
    // A selection is converted as selected: its date line stays.
    expect(md(`<p>23.10.2018</p>${STORY}`)).toContain('23.10.2018');
    const late = `${STORY}${STORY}<p>Sina Giebel</p>`;
    expect(md(late, { author: 'Sina Giebel', dropMetadataLines: true })).toContain('Sina Giebel');
  });
});

describe('isBylineLine / isDateLine', () => {
  it('recognises bylines and date lines in several languages', () => {
    expect(isBylineLine('Por Gloria Ruiz Kuilan', 'Gloria Ruiz Kuilan')).toBe(true);
    expect(
      isBylineLine('Dienstag, 13. Mai 2014, von Dr. Sebastian Brüggemann', 'Dr. Sebastian Brüggemann'),
    ).toBe(true);
    for (const date of [
      '23.10.2018',
      '6.11.22',
      '2021-04-05 10:00',
      '9. Dezember 2013',
      'May 4, 2022',
      '19:49',
    ])
      expect(isDateLine(date), date).toBe(true);
    for (const text of ['57:33', 'In 2018 the council met', '23 people came'])
      expect(isDateLine(text), text).toBe(false);
  });

  it('recognises filing lines: a category or publication label, or a date with a section name', () => {
    for (const line of [
      'Kategorie: News',
      '24.01.2022 11:38 Kategorie: News',
      'Veröffentlichung: 2. Februar 2022',
      'Datum: 18.10.2021',
      '2021-10-16 | Botschaft',
      '3. August 2015 · Filed under ziemlich privat',
    ])
      expect(isDateLine(line), line).toBe(true);
    for (const line of [
      'Kategorie',
      'Datum: the council met again on a wet Tuesday to argue about the barrage costs',
    ])
      expect(isDateLine(line), line).toBe(false);
  });
});
