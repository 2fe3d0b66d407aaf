import { isRelatedOpener } from '../../../utils/markdown/prepare/remove-trailing-related';
import { md } from './convert';

const STORY =
  '<p>The harbour council approved the tidal barrage on Tuesday after a debate about costs, fish and the view from the promenade that ran late into the evening and ended with a narrow vote of seven to five.</p>';
const teaser = (n: number) =>
  `<div class="teaser"><img src="/t${n}.jpg" alt=""><p>Teaser ${n}: a short excerpt of another story.</p></div>`;

describe('remove-trailing-related pass', () => {
  it('removes a read-more heading at the end with the teasers after it, and the rule before it', () => {
    const html = `${STORY.repeat(3)}<hr><h3>Das könnte Sie auch interessieren!</h3>${teaser(1)}${teaser(2)}`;
    expect(md(html)).toBe(Array(3).fill(STORY.slice(3, -4)).join('\n\n'));
  });

  it('removes a bold "Lesen Sie auch" label with its list, however deep the label sits', () => {
    const html =
      `${STORY.repeat(2)}<div><p><strong>Lesen Sie auch die folgenden Beiträge:</strong></p></div>` +
      '<ul><li>Warum Sie diese drei HR-Prozesse digitalisieren sollten</li><li>Der Jobmarkt bleibt vital</li></ul>';
    expect(md(html)).not.toMatch(/Lesen Sie|Jobmarkt/);
    expect(md(html)).toContain('narrow vote of seven to five.');
  });

  it('keeps the tail when a real paragraph follows or the tail is a large part of the text', () => {
    const more = `<h2>Read more</h2>${STORY}`;
    expect(md(`${STORY.repeat(3)}${more}`)).toContain('Read more');
    const long = `<h2>Mehr zum Thema</h2>${'<p>Ein kurzer Absatz zum Thema des Tages.</p>'.repeat(30)}`;
    expect(md(`${STORY}${long}`)).toContain('Mehr zum Thema');
  });

  it('keeps reference sections and headings that only start like an opener', () => {
    const reading =
      '<h2>Further reading</h2><ul><li>Smith, J. (2010). <i>Tides and Towns</i>. Oxford.</li></ul>';
    expect(md(`${STORY.repeat(3)}${reading}`)).toContain('Tides and Towns');
    const name = '<h2>Mira Sorvino on the barrage</h2><p>She called it bold.</p>';
    expect(md(`${STORY.repeat(3)}${name}`)).toContain('She called it bold.');
  });
});

describe('isRelatedOpener', () => {
  it('accepts read-more labels with a few words of topic, in several languages', () => {
    for (const text of [
      'Mehr Themen:',
      'Entdecke weitere Homestorys',
      'Weitere Tourentipps in Schweden',
      'Related Searches',
      'Vea también',
      'Mira:',
    ])
      expect(isRelatedOpener(text), text).toBe(true);
  });

  it('refuses long text, reference sections and names', () => {
    for (const text of [
      'Read more about how the council voted on the barrage and what it will cost the town',
      'See also',
      'Further reading',
      'Mira Sorvino',
      'Lea Michele',
      'The council voted',
    ])
      expect(isRelatedOpener(text), text).toBe(false);
  });
});
