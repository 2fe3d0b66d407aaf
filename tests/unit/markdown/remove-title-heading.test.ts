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
    expect(md('<p>Intro.</p><h2>Title</h2>', { title: 'Title' })).toBe('Intro.\n\n## Title');
  });

  it('matches a title with a site suffix', () => {
    expect(repeatsTitle('Tidal power plan approved', 'Tidal power plan approved | The Courier')).toBe(true);
    expect(repeatsTitle('Tidal', 'Tidal power plan approved | The Courier')).toBe(false);
  });
});
