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
