import type { ReadabilityPage, TrafilaturaPage } from './load-corpus';
import { markdownToText } from './markdown-to-text';
import {
  calendarDate,
  collapseWhitespace,
  metadataMatches,
  segmentCounts,
  shingleMatch,
  withinOneDay,
  type SegmentCounts,
  type ShingleMatch,
} from './metrics';
import type { PipelineOutput } from './pipelines';

/** A metadata field on one page: `true` when it matched, else what the pipeline extracted ('' = nothing). */
export type FieldResult = true | string;

export interface TrafilaturaScore extends SegmentCounts {
  title?: FieldResult;
  author?: FieldResult;
  date?: FieldResult;
  /** Date within one day of the label (diagnostic for UTC shifts). */
  dateNear?: boolean;
}

export interface ReadabilityScore {
  /** Normalised [tp, fp, fn] of 4-token shingles. */
  shingles: ShingleMatch;
  title?: FieldResult;
  byline?: FieldResult;
  date?: FieldResult;
}

const field = (hit: boolean, got: string): FieldResult => (hit ? true : collapseWhitespace(got));

function dateField(published: string, expected: string): { date: FieldResult; dateNear: boolean } {
  const got = calendarDate(published);
  const want = calendarDate(expected);
  return { date: field(got !== null && got === want, published), dateNear: withinOneDay(got, want) };
}

export function scoreTrafilatura(page: TrafilaturaPage, out: PipelineOutput): TrafilaturaScore {
  const score: TrafilaturaScore = segmentCounts(markdownToText(out.markdown), page.with, page.without);
  if (page.title !== undefined) score.title = field(metadataMatches(out.title, page.title), out.title);
  if (page.author !== undefined) score.author = field(metadataMatches(out.author, page.author), out.author);
  if (page.date !== undefined) Object.assign(score, dateField(out.published, page.date));
  return score;
}

export function scoreReadability(
  page: ReadabilityPage,
  expectedText: string,
  out: PipelineOutput,
): ReadabilityScore {
  const score: ReadabilityScore = { shingles: shingleMatch(expectedText, markdownToText(out.markdown)) };
  const { title, byline, publishedTime } = page.metadata;
  if (title?.trim()) score.title = field(metadataMatches(out.title, title), out.title);
  if (byline?.trim()) score.byline = field(metadataMatches(out.author, byline), out.author);
  if (publishedTime?.trim()) score.date = dateField(out.published, publishedTime).date;
  return score;
}
