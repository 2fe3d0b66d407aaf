/**
 * `web-ext lint` warnings that come from bundled libraries, not our code, each recognised by its code and
 * the source around the flagged column. They are kept: each is the library's own, reviewed behaviour, and
 * AMO's reviewers see the same libraries' unminified sources.
 */
export const KNOWN_LIBRARY_WARNINGS: { code: string; library: string; why: string; marker: RegExp }[] = [
  {
    code: 'DANGEROUS_EVAL',
    library: 'zod',
    why: 'zod probes `Function("")` to decide whether to compile validators; we set `jitless` first in every entrypoint (utils/zod-jitless.ts), so the probe never runs.',
    marker: /jitless/,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'DOMPurify',
    why: 'the sanitizer parses the markup it is about to clean in a detached document.',
    marker: /createDocument\(/,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: '@mozilla/readability',
    why: 'Readability restores or rewraps nodes of the cloned document it works on, in the page, never in the extension.',
    marker: /_attempts|_isSingleImage|_charThreshold/,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'react-dom',
    why: 'React’s dangerouslySetInnerHTML support; our components never use it (ESLint would show it in review).',
    marker: /__html/,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: '@citation-js/core',
    why: 'the "real" HTML output format of citation-js, which we never request (we format to text).',
    marker: /`real`/,
  },
  {
    code: 'DANGEROUS_EVAL',
    library: 'function-bind (isomorphic-git → sha.js → to-buffer)',
    why: 'its `bind` fallback builds the bound function with `Function`; the package uses the native `Function.prototype.bind`, which every supported Firefox has, so the fallback never runs.',
    marker: /Function\([`'"]binder[`'"]/,
  },
  {
    code: 'DANGEROUS_EVAL',
    library: 'get-intrinsic (isomorphic-git → sha.js → to-buffer)',
    why: 'its table of built-ins lists `eval` as a value (`"%eval%": eval`) and never calls it.',
    marker: /%eval%/,
  },
];

/** Manifest warnings that are deliberate. */
export const KNOWN_MANIFEST_WARNINGS: Record<string, string> = {
  KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION:
    'data_collection_permissions (Firefox 140) is newer than strict_min_version (125): AMO requires the key, and older Firefox ignores it.',
  KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION: 'the same key, for Firefox for Android.',
};

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * The messages that are ours to fix: errors, and warnings that are neither a known manifest warning nor a
 * known library's (judged on the source from 200 characters before the flagged column to 60 after, read by `sourceAround`).
 */
export function unexplainedWarnings(
  warnings: LintMessage[],
  sourceAround: (message: LintMessage) => string,
): LintMessage[] {
  return warnings.filter((w) => {
    if (!w.file || w.file === 'manifest.json') return !(w.code in KNOWN_MANIFEST_WARNINGS);
    const source = sourceAround(w);
    return !KNOWN_LIBRARY_WARNINGS.some((known) => known.code === w.code && known.marker.test(source));
  });
}
