// What every engine's build must show: a page per exported post, holding the post's text exactly (so no
// template syntax ran and nothing was added or lost), every template form of the fixtures as text.
import { existsSync, readFileSync } from 'node:fs';
import type { Clip } from '../../utils/clip-schema';
import { parsePost } from '../../utils/export/parse-post';
import { renderPost } from '../../utils/export/render-post';
import { TEMPLATE_FORMS } from './blog-clips';
import { expectedText, firstDifference, textOf } from './post-text';

/** One exported post and the page its engine should have built from it. */
export type BuiltPost = { file: string; canonicalURL: string; page: string };

/** Each clip's text as exported (the body every profile writes), by canonical URL. */
export function expectedTexts(clips: readonly Clip[]): Map<string, string> {
  return new Map(
    clips.map((clip) => [
      clip.canonicalURL,
      expectedText(parsePost(renderPost(clip, { profile: 'astro-paper' })).body),
    ]),
  );
}

/** Checks the built pages; prints each failure and returns how many there were. */
export function checkPosts(
  engine: string,
  posts: readonly BuiltPost[],
  expected: ReadonlyMap<string, string>,
  selector: string,
  builtText: (text: string) => string = (text) => text,
): number {
  let failed = 0;
  const fail = (post: BuiltPost, why: string) => {
    failed++;
    console.error(`${engine}: ${post.file}: ${why}`);
  };
  let templates = 0;
  for (const post of posts) {
    if (!existsSync(post.page)) {
      fail(post, `not built (no ${post.page})`);
      continue;
    }
    const text = textOf(readFileSync(post.page, 'utf8'), selector);
    const want = expected.get(post.canonicalURL);
    if (text === null) fail(post, `no ${selector} in ${post.page}`);
    else if (want === undefined) fail(post, `no clip for ${post.canonicalURL}`);
    else if (builtText(text) !== want) fail(post, `text differs ${firstDifference(want, builtText(text))}`);
    else if (post.canonicalURL.includes('template')) {
      templates++;
      const missing = TEMPLATE_FORMS.filter((form) => !text.includes(form));
      if (missing.length) fail(post, `template syntax ran: ${missing.join(' ')} not in the page`);
    }
  }
  if (templates < 2) {
    failed++;
    console.error(`${engine}: the template fixtures were not both checked (${templates})`);
  }
  console.log(`${engine}: ${posts.length - failed} of ${posts.length} posts built with their exact text`);
  return failed;
}

/** The frontmatter of an exported file. */
export function frontmatterOf(bytes: Uint8Array): Record<string, unknown> {
  return parsePost(new TextDecoder().decode(bytes)).frontmatter;
}
