import { marked } from 'marked';

/** Where the build puts the privacy policy page; the options page links to it. */
export const PRIVACY_PAGE = 'privacy.html';

/**
 * PRIVACY.md as a page inside the extension. The stores want the policy reachable from the extension, and
 * the project has no website: the page is generated from the same file at build time, so the two cannot
 * drift. The Markdown is ours (not page content), so marked's HTML goes in as it is.
 */
export function privacyPageHtml(markdown: string): string {
  const body = marked.parse(markdown, { async: false });
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Privacy policy';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}</style>
</head>
<body>
${body}</body>
</html>
`;
}
