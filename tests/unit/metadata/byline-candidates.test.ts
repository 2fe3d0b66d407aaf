import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BYLINE_SELECTORS, bylineCandidates } from '../../../utils/metadata/byline-candidates';
import { parseHtml } from './load-fixture';

const PAGE = `<html><body>
  <div itemprop="author" itemscope><span itemprop="name">Ann Author</span></div>
  <p itemscope itemtype="https://SCHEMA.org/Person"><b itemprop="given name">Ben</b></p>
  <a rel="author noopener" href="/x">Cat</a><a href="https://site.example/Autoren/dan">Dan</a>
  <a href="/authors">not a profile</a><span itemprop="authorName">not a token</span>
  <div class="author"><span class="fn">Eve</span></div><div class="vcard x"><i class="fn org">Fay</i></div>
  <span class="authorName">Gus</span><span class="Byline">Hal</span><span class="byLine">Ida</span>
  <div data-testid="story-BYLINE">Jo</div><div class="post-author-box">Kim</div>
  <template><span class="byline">inert</span></template>
</body></html>`;

const matchesOf = (scope: ParentNode) => BYLINE_SELECTORS.map((s) => Array.from(scope.querySelectorAll(s)));

describe('bylineCandidates', () => {
  it('finds what each byline selector finds, in order (happy-dom)', () => {
    const doc = parseHtml(PAGE);
    expect(bylineCandidates(doc)).toEqual(matchesOf(doc));
    expect(bylineCandidates(doc.body, 3)).toEqual(matchesOf(doc.body).slice(0, 3));
  });

  it('finds what each byline selector finds, in order (linkedom)', () => {
    const doc = parseHTML(PAGE).document;
    expect(bylineCandidates(doc)).toEqual(matchesOf(doc));
    // An hCard's `fn org` names an organisation, not a writer.
    expect(bylineCandidates(doc)[5]?.map((el) => el.textContent)).toEqual(['Eve', 'Gus']);
    expect(bylineCandidates(doc).flat()).not.toContainEqual(
      expect.objectContaining({ textContent: 'inert' }),
    );
  });

  it('classifies a given list of elements as it classifies a scope', () => {
    const doc = parseHTML(PAGE).document;
    const anchors = Array.from(doc.querySelectorAll('[itemprop~="name"], [rel~="author"]'));
    expect(bylineCandidates(anchors, 3)).toEqual(matchesOf(doc).slice(0, 3));
  });

  it('compares rel case-insensitively, as browsers and linkedom do (happy-dom does not)', () => {
    const doc = parseHTML('<html><body><a rel="AUTHOR" href="/a">Al</a></body></html>').document;
    expect(bylineCandidates(doc)[2]).toEqual(Array.from(doc.querySelectorAll('[rel~="author"]')));
    expect(bylineCandidates(doc)[2]).toHaveLength(1);
  });
});
