import { repeatsTitle } from '../../../utils/markdown/prepare/remove-title-heading';
import { md } from './convert';

describe('remove-title-heading pass', () => {
  it('drops a leading heading that repeats the title', () => {
    expect(
      md('<h1>Harbour Council Votes “Yes”</h1><p>Body.</p>', { title: 'Harbour council votes "yes"' }),
    ).toBe('Body.');
  });

  it('keeps it without a title, when it differs, or when text comes first', () => {
    expect(md('<h1>Title</h1><p>Body.</p>')).toBe('# Title\n\nBody.');
    expect(md('<h1>Other</h1><p>Body.</p>', { title: 'Title' })).toBe('# Other\n\nBody.');
    const intro =
      'The council met on Tuesday to settle the harbour question once and for all, after two years of debate and three public hearings in the town hall.';
    expect(md(`<p>${intro}</p><h2>Title</h2>`, { title: 'Title' })).toBe(`${intro}\n\n## Title`);
    const long = 'Caption text. '.repeat(30);
    expect(
      md(`<figure><img src="/a.jpg"><figcaption>${long}</figcaption></figure><h2>Title</h2>`, {
        title: 'Title',
      }),
    ).toContain('## Title');
  });

  it('reads only the start of a long article: 400 characters of text before the heading, and no more', () => {
    const body = '<p>Evening sailings added to the timetable.</p>'.repeat(2_000);
    expect(md(`<h2>Title</h2>${body}`, { title: 'Title' })).not.toContain('## Title');
    // Text before the heading, nested and spread over nodes: up to 400 characters it still leads.
    const words = (n: number) => '<span>word </span>'.repeat(n);
    expect(md(`<div><div>${words(79)}</div></div><h2>Title</h2>${body}`, { title: 'Title' })).not.toContain(
      '## Title',
    );
    expect(md(`<div><div>${words(81)}</div></div><h2>Title</h2>${body}`, { title: 'Title' })).toContain(
      '## Title',
    );
    // Whitespace the reader doesn't see doesn't count.
    const spaced = `<div>${'word\n\n      '.repeat(79)}</div>`;
    expect(md(`${spaced}<h2>Title</h2><p>Body.</p>`, { title: 'Title' })).not.toContain('## Title');
  });

  it('drops it after a picture with its caption and credit, or a kicker', () => {
    const html = `<figure><img src="https://x.example/a.jpg" alt=""><figcaption>The Mo 125 at the kerb. Photo: Werk</figcaption></figure>
      <p>© WERK/CHRISTIAN HOUDEK</p><p>Opinion</p><h2>Seat Mo 125: what can it do?</h2><p>Body.</p>`;
    expect(md(html, { title: 'Seat Mo 125: What can it do?' })).not.toContain('## Seat');
  });

  it('matches a title with a site suffix', () => {
    expect(repeatsTitle('Tidal power plan approved', 'Tidal power plan approved | The Courier')).toBe(true);
    expect(repeatsTitle('Tidal', 'Tidal power plan approved | The Courier')).toBe(false);
  });

  it('matches a heading with a kicker or a date before the title, not a longer one', () => {
    expect(repeatsTitle('Klimaschutz: Bohren, bis es heiß wird', 'Bohren, bis es heiß wird')).toBe(true);
    expect(
      repeatsTitle('Jun 17 Das vielleicht schönste Ende der Welt', 'Das vielleicht schönste Ende der Welt'),
    ).toBe(true);
    expect(repeatsTitle('Why the council said yes to tidal power', 'Tidal power')).toBe(false);
  });
});
