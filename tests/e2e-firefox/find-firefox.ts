import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

/** The Firefox for the Firefox e2e suite: FIREFOX_PATH, else Debian's firefox-esr. Fails loudly; never skips. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Firefox found for the Firefox end-to-end tests. Install it (Debian: `sudo apt-get install -y firefox-esr`) ' +
      'or set FIREFOX_PATH to a Firefox binary (125 or later). Looked in: ' +
      CANDIDATES.join(', '),
  );
}
