import type { MetadataCandidate } from './metadata-candidate';
import type { Headline } from './find-headline';
import { toUtc } from './parse-date';
import { readTimeElements } from './time-element';
import { readDateText } from './date-text';
import { readLabelledDate } from './labelled-date';
import { dateFromUrl } from './url-date';
import { printedDay, sameMoment } from './printed-day';
import { pageOffset, parseInZone } from './page-zone';
import type { FieldSource, MetaSource } from './source-registry';
import { couldWin, resolveField, type Candidate } from './resolve-field';

/**
 * The published and modified dates, each with the name of its source, in this order:
 *
 *   1. dates the metadata names as the publication date (JSON-LD datePublished, article:published_time,
 *      DC.issued, citation_*, Parse.ly, Sailthru, meta pubdate…), in the sources' priority order — unless
 *      they disagree on the day and a later one is the day printed at the headline (step 2's date), or the
 *      page writes the metadata's modification day at its headline as its date (see fromMetadata);
 *   2. a `<time>` / itemprop date near the headline ("time-element"), then a date written as text next to it
 *      ("date-text");
 *   3. undescribed page dates (`<meta name="date">`, `DC.date`; "page-date"): CMSs fill them with the date the page was
 *      built or last edited, so the date the reader sees at the headline wins over them;
 *   4. a date labelled "Veröffentlicht am …" anywhere ("date-label"), then the address ("url");
 *   5. failing all of those, the date of the last update: the metadata's modification date ("modified"),
 *      else one labelled "Aktualisiert: …" / "last edited …" anywhere ("update-label").
 *
 * The day is the one the page states; a metadata time in UTC takes the day printed at the headline when
 * that is the same moment in the page's own zone (see printed-day).
 */
export type NamedSource = readonly [name: MetaSource, candidate: MetadataCandidate];
/** A date and the source it came from. */
type Dated<S extends string> = [value: string, source: S];

/** Values in UTC; `publishedDay`: the published date's calendar day in the zone the page stated it in. */
export interface PickedDates {
  published?: Dated<FieldSource<'pubDatetime'>>;
  publishedDay?: string;
  modified?: Dated<FieldSource<'modDatetime'>>;
}

/**
 * The page's zone: the offset the first of its metadata dates states, else the first its machine-readable
 * `<time datetime>` / `itemprop` dates state (see page-zone).
 */
function zoneOf(sources: readonly NamedSource[], pageDates: readonly Element[] = []): number | null {
  return pageOffset([
    ...sources.flatMap(([, c]) => [c.published, c.modified, c.pageDate]),
    ...pageDates.map((el) => el.getAttribute('datetime') ?? el.getAttribute('content') ?? undefined),
  ]);
}

function first(
  sources: readonly NamedSource[],
  read: (c: MetadataCandidate) => string | undefined,
  offset: number | null,
): Dated<MetaSource> | undefined {
  for (const [name, candidate] of sources) {
    const value = parseInZone(read(candidate), offset);
    if (value) return [value, name];
  }
  return undefined;
}

/** The day a date states: readers keep the page's zone, so this is the day a reader of the page sees. */
const day = (iso: string): string => iso.slice(0, 10);

/**
 * The metadata's publication dates as candidates, and the one the page's printed day confirms. When the
 * sources disagree on the day (JSON-LD keeps the first publication, og:published_time the republication),
 * the one the page prints at its headline is preferred — unless the printed date is only a `<time>`'s
 * machine value on the metadata's modification day (NBC's `datetime` is the last edit, its text the
 * publication); otherwise the first in the registry's order wins. A modification day the page writes out as
 * text at its headline, as its only date (not labelled "Aktualisiert"), is the date the publisher presents
 * the story under (El Tiempo's "publishedAt", WDR's "Stand:", National Geographic's dateline): it is
 * preferred over an earlier first publication in the metadata.
 */
function metadataDates(
  sources: readonly NamedSource[],
  visible: () => Dated<'time-element' | 'date-text'> | undefined,
  modified: string | undefined,
  offset: number | null,
): Candidate<'pubDatetime'>[] {
  const dates = sources.flatMap(([name, c]): Candidate<'pubDatetime'>[] => {
    const value = parseInZone(c.published, offset);
    return value
      ? [{ value, source: name === 'og' ? 'article:published_time' : name, standing: 'plain' }]
      : [];
  });
  const [firstDate] = dates;
  if (!firstDate) return dates;
  const agree = dates.every((d) => day(d.value) === day(firstDate.value));
  if (agree && (!modified || day(modified) === day(firstDate.value))) return dates;
  const shown = visible();
  if (!shown) return dates;
  const editDay = modified !== undefined && day(modified) === day(shown[0]);
  if (editDay && shown[1] !== 'date-text') return dates;
  const onShownDay = dates.find((d) => day(d.value) === day(shown[0]));
  if (onShownDay) {
    onShownDay.standing = 'preferred';
    onShownDay.evidence = 'the day printed at the headline';
    return dates;
  }
  if (!editDay) return dates;
  // The edit's exact instant, when the printed clock is that moment in the page's zone.
  const value = modified && sameMoment(modified, shown[0]) ? modified : shown[0];
  const evidence = 'the modification day, printed at the headline as the date';
  return [...dates, { value, source: shown[1], standing: 'preferred', evidence }];
}

const named = <S extends string>(value: string | null | undefined, source: S): Dated<S> | undefined =>
  value ? [value, source] : undefined;

export function pickPublished(
  doc: Document,
  pageUrl: string,
  headline: Headline,
  sources: readonly NamedSource[],
  pageDates?: readonly Element[],
): PickedDates {
  // Times the page prints without a zone are its local time, in the zone its metadata dates state.
  const zone = zoneOf(sources, pageDates);
  const times = readTimeElements(doc, headline, pageDates, zone);
  let dateText: string | null | undefined;
  const textDate = () => {
    if (dateText === undefined) dateText = readDateText(doc, headline, zone);
    return named(dateText, 'date-text');
  };
  // The date a reader sees at the headline: a printed <time>, else the date written there as text.
  const shown = () =>
    times.published && times.publishedShown ? named(times.published, 'time-element') : textDate();
  const modified = first(sources, (c) => c.modified, zone) ?? named(times.modified, 'time-element');
  const candidates = metadataDates(sources, shown, modified?.[0], zone);
  const stated = resolveField('pubDatetime', candidates);
  // The page's own dates, read in the registry's order only while one could still win (each costs a walk).
  const later: [FieldSource<'pubDatetime'>, () => string | null | undefined][] = [
    ['time-element', () => times.published],
    ['date-text', () => textDate()?.[0]],
    ['page-date', () => first(sources, (c) => c.pageDate, zone)?.[0]],
    ['date-label', () => readLabelledDate(doc, headline.container)],
    ['url', () => dateFromUrl(pageUrl)],
    // No publication date anywhere: the version clipped was published at its last update.
    ['modified', () => modified?.[0]],
    ['update-label', () => readLabelledDate(doc, headline.container, 'updated')],
  ];
  for (const [source, read] of later) {
    if (!couldWin('pubDatetime', resolveField('pubDatetime', candidates), source)) break;
    const value = read();
    if (value) candidates.push({ value, source, standing: 'plain' });
  }
  const published = resolveField('pubDatetime', candidates);
  const shownDate = stated?.value.endsWith('Z') ? shown() : undefined;
  const localDay = stated && shownDate && printedDay(stated.value, shownDate[0]);
  return {
    published: published && [toUtc(published.value), published.source],
    publishedDay: localDay || (published && day(published.value)),
    modified: modified && [toUtc(modified[0]), modified[1] === 'og' ? 'article:modified_time' : modified[1]],
  };
}
