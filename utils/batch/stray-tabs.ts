import type { StrayOpening } from './run-batch';

/** What a stray tab is told by: the tabs API's fields, as far as host access shows them. */
export type TabSeen = { id?: number; active?: boolean; url?: string; pendingUrl?: string };

const hostOf = (url: string | undefined): string | undefined => {
  try {
    return url === undefined ? undefined : new URL(url).host;
  } catch {
    return undefined;
  }
};

/**
 * The tabs a worker stopped mid-`tabs.create` had opened: not there before it asked, in the background,
 * on the host of the address it opened (a redirect within the site, or to https, still matches; a tab the
 * user opened meanwhile is active or elsewhere). A tab redirected to another host in that instant stays
 * open: closing a tab of the user's is worse than leaving one of ours.
 */
export function strayTabs(tabs: readonly TabSeen[], openings: readonly StrayOpening[]): number[] {
  return tabs.flatMap((tab) => {
    if (tab.id === undefined || tab.active) return [];
    const hosts = [hostOf(tab.url), hostOf(tab.pendingUrl)];
    const ours = openings.some((opening) => {
      const host = hostOf(opening.url);
      return host !== undefined && hosts.includes(host) && !opening.tabsBefore.includes(tab.id!);
    });
    return ours ? [tab.id] : [];
  });
}
