import { datelineAgency } from '../../../utils/metadata/dateline';
import { extractMetadata } from '../../../utils/metadata/extract-metadata';
import { withReadabilityFallbacks } from '../../../utils/metadata/readability-fields';
import { loadMetadataFixture } from './load-fixture';

describe('datelineAgency', () => {
  it.each([
    ['Hamburg (dpa/lno) – Trotz eines Gesprächs bleiben die Fronten verhärtet.', 'dpa/lno'],
    ['BERLIN (AP) — The chancellor said on Monday…', 'AP'],
    ['Frankfurt am Main (epd) – Die Kirchen rufen zum Gebet.', 'epd'],
    ['Paris (AFP/Reuters) - Le gouvernement a annoncé…', 'AFP/Reuters'],
    ['Frankfurt (Oder) – Die Stadt baut eine neue Brücke.', ''],
    ['Der Rat (Stadtrat) – so heißt er hier – tagt heute.', ''],
    ['Trotz eines Gesprächs (dpa) – nichts Neues.', ''],
  ])('%j → %j', (text, agency) => {
    expect(datelineAgency([text])).toBe(agency);
  });
});

describe('the dateline as the author of an agency report', () => {
  it('names the agency when the page has no author, and gives way to a byline Readability finds', () => {
    const meta = extractMetadata(loadMetadataFixture('dateline-agency.html'), 'https://news.example/a');
    expect(meta.author).toBe('dpa/lno');
    expect(meta.sources.author).toBe('dateline');
    const filled = withReadabilityFallbacks(meta, { byline: 'Von Jana Feld' });
    expect(filled.author).toBe('Jana Feld');
    expect(filled.sources.author).toBe('readability');
  });
});
