/** ISO-8601 UTC without milliseconds ("2024-01-26T12:13:24Z"), the shape of the reference post's dates. */
export function toIsoUtc(date: Date | number | string): string {
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid date: ${String(date)}`);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
