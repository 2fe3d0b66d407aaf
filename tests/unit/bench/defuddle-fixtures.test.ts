import { scoreDefuddleFixture, type DefuddleFixture } from '../../../scripts/bench/defuddle-fixtures';

const page: DefuddleFixture = {
  name: 'general--example.org-story',
  url: 'https://example.org/story',
  source: '/dev/null',
  site: 'example.org',
  title: 'New Method Bridges Gap',
  author: 'Jane Smith, Ann Lee',
  day: '2025-03-19',
  body: 'Researchers have developed a new technique for converting microwave photons to optical photons.',
};

describe('scoreDefuddleFixture', () => {
  it('scores the body by shingles and the title, authors (as a set) and day of the expected block', () => {
    const score = scoreDefuddleFixture(page, {
      markdown: `${page.body}\n`,
      title: 'new method bridges gap',
      author: 'Ann Lee and Jane Smith',
      published: '2025-03-19T08:00:00Z',
    });
    expect(score.shingles).toEqual([1, 0, 0]);
    expect(score).toMatchObject({ title: true, author: true, date: true });
  });

  it('keeps what a pipeline got wrong, for the per-page results', () => {
    const score = scoreDefuddleFixture(page, { markdown: '', title: 'Home', author: '', published: '' });
    expect(score.shingles).toEqual([0, 0, 1]);
    expect(score).toMatchObject({ title: 'Home', author: '', date: '' });
  });
});
