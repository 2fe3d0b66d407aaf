import type { MetadataCandidate } from './metadata-candidate';
import type { Headline } from './find-headline';
import { parseStatedDate, toUtc } from './parse-date';
import { readTimeElements } from './time-element';
import { readDateText } from './date-text';
import { readLabelledDate } from './labelled-date';
import { dateFromUrl } from './url-date';
import { printedDay, sameMoment } from './printed-day';
import { inZone, isFloating, pageOffset } from './page-zone';
import type { FieldSource, MetaSource } from './source-registry';

/**
 * The published and modified dates, each with the name of its source, in this order:
 *
 *   1. dates the metadata names as the publication date (JSON-LD datePublished, article:published_time,
 *      DC.issued, citation_*, Parse.ly, Sailthru, meta pubdate…), in the sources' priority order — unless
 *      they disagree on the day and a later one is the day printed at the headline (step 2's date), or the
 *      page writes the metadata's modification day at its headline as its date (see fromMetadata);
 *   2. a `<time>` / itemprop date near the headline ("time-element"), then a date written as text next to it
 *      ("date-text");
 *   3. undescribed page dates (`<meta name="date">`, `DC.date`): CMSs fill them with the date the page was
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

/** The page's zone, from the first metadata date that states an offset (see page-zone). */
function zoneOf(sources: readonly NamedSource[]): number | null {
  return pageOffset(sources.flatMap(([, c]) => [c.published, c.modified, c.pageDate]));
}

/** A metadata date as stated; a zoneless time of day is put in the page's zone when the page gives one. */
function statedOnPage(raw: string | undefined, offset: number | null): string | null {
  const value = parseStatedDate(raw);
  return value && raw && offset !== null && isFloating(raw) ? inZone(value, offset) : value;
}

function first(
  sources: readonly NamedSource[],
  read: (c: MetadataCandidate) => string | undefined,
): Dated<MetaSource> | undefined {
  const offset = zoneOf(sources);
  for (const [name, candidate] of sources) {
    const value = statedOnPage(read(candidate), offset);
    if (value) return [value, name];
  }
  return undefined;
}

/** The day a date states: readers keep the page's zone, so this is the day a reader of the page sees. */
const day = (iso: string): string => iso.slice(0, 10);

/**
 * The metadata's publication date. When the sources disagree on the day (JSON-LD keeps the first
 * publication, og:published_time the republication), the one the page prints at its headline wins —
 * unless the printed date is only a `<time>`'s machine value on the metadata's modification day (NBC's
 * `datetime` is the last edit, its text the publication); otherwise the first in priority order.
 * A modification day the page writes out as text at its headline, as its only date (not labelled
 * "Aktualisiert"), is the date the publisher presents the story under (El Tiempo's "publishedAt", WDR's
 * "Stand:", National Geographic's dateline): it wins over an earlier first publication in the metadata.
 */
function fromMetadata<V extends string>(
  sources: readonly NamedSource[],
  visible: () => Dated<V> | undefined,
  modified: string | undefined,
): Dated<MetaSource | V> | undefined {
  const offset = zoneOf(sources);
  const dates = sources.flatMap(([name, c]): Dated<MetaSource>[] => {
    const value = statedOnPage(c.published, offset);
    return value ? [[value, name]] : [];
  });
  const [firstDate] = dates;
  if (!firstDate) return undefined;
  const agree = dates.every(([value]) => day(value) === day(firstDate[0]));
  if (agree && (!modified || day(modified) === day(firstDate[0]))) return firstDate;
  const shown = visible();
  if (!shown) return firstDate;
  const editDay = modified !== undefined && day(modified) === day(shown[0]);
  if (editDay && shown[1] !== 'date-text') return firstDate;
  const onShownDay = dates.find(([value]) => day(value) === day(shown[0]));
  if (onShownDay || !editDay) return onShownDay ?? firstDate;
  // The edit's exact instant, when the printed clock is that moment in the page's zone.
  return modified && sameMoment(modified, shown[0]) ? [modified, shown[1]] : shown;
}

const named = <S extends string>(value: string | null | undefined, source: S): Dated<S> | undefined =>
  value ? [value, source] : undefined;

/** OpenGraph dates are named after their tag, as the source names promise. */
const tagName = <S extends string, T extends string>(
  picked: Dated<S> | undefined,
  tag: T,
): Dated<Exclude<S, 'og'> | T> | undefined =>
  picked && (picked[1] === 'og' ? [picked[0], tag] : (picked as Dated<Exclude<S, 'og'>>));

export function pickPublished(
  doc: Document,
  pageUrl: string,
  headline: Headline,
  sources: readonly NamedSource[],
  pageDates?: readonly Element[],
): PickedDates {
  const times = readTimeElements(doc, headline, pageDates);
  let dateText: string | null | undefined;
  const textDate = () => {
    if (dateText === undefined) dateText = readDateText(doc, headline);
    return named(dateText, 'date-text');
  };
  // The date a reader sees at the headline: a printed <time>, else the date written there as text.
  const shown = () =>
    times.published && times.publishedShown ? named(times.published, 'time-element') : textDate();
  const modified = first(sources, (c) => c.modified) ?? named(times.modified, 'time-element');
  const stated = fromMetadata(sources, shown, modified?.[0]);
  const shownDate = stated?.[0].endsWith('Z') ? shown() : undefined;
  const localDay = stated && shownDate && printedDay(stated[0], shownDate[0]);
  const published =
    stated ??
    named(times.published, 'time-element') ??
    textDate() ??
    first(sources, (c) => c.pageDate) ??
    named(readLabelledDate(doc, headline.container), 'date-label') ??
    named(dateFromUrl(pageUrl), 'url') ??
    // No publication date anywhere: the version clipped was published at its last update.
    named(modified?.[0], 'modified') ??
    named(readLabelledDate(doc, headline.container, 'updated'), 'update-label');
  const utc = <S extends string>(picked: Dated<S> | undefined): Dated<S> | undefined =>
    picked && [toUtc(picked[0]), picked[1]];
  return {
    published: utc(tagName(published, 'article:published_time')),
    publishedDay: localDay || (published && day(published[0])),
    modified: utc(tagName(modified, 'article:modified_time')),
  };
}
