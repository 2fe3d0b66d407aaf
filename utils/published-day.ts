import type { Clip } from './clip-schema';

/**
 * The day a clip was published, as the page states it ("2018-12-21" for 02:00 UTC the next day in the
 * page's zone), else its UTC day: the one day the file name, the source line and every list show.
 */
export const publishedDay = (clip: Pick<Clip, 'pubDatetime' | 'pubDay'>): string =>
  clip.pubDay ?? clip.pubDatetime.slice(0, 10);
