import createDOMPurify, { type DOMPurify } from 'dompurify';
import { marked } from 'marked';
import { defuseRemote } from './defuse-remote';
import { isInlineImage, loadableImageUrl } from './remote-url';

export type ReadingHtml = { html: string; blockedImages: number };

/** Text and structure only: no element that loads, plays, frames, styles or submits anything. */
const ALLOWED_TAGS = [
  ...['a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup'],
  ...['dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3'],
  ...['h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt'],
  ...['ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td'],
  ...['tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr'],
];
/** No `srcset`, `poster`, `background`, `style`, `data`, `action`, `ping` …: `src` and `href` are checked below. */
const ALLOWED_ATTR = [
  ...['href', 'src', 'alt', 'title', 'class', 'colspan', 'rowspan', 'align', 'start', 'reversed'],
  ...['datetime', 'open', 'lang', 'dir'],
];

let purifier: DOMPurify | undefined;
let imagesAllowed = false;

/** A DOMPurify of its own: its hooks must not change how anything else in the page sanitizes. */
function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const purify = createDOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'href' && node.tagName !== 'A') data.keepAttr = false;
    if (data.attrName === 'src') {
      const keep =
        node.tagName === 'IMG' &&
        (isInlineImage(data.attrValue) ||
          (imagesAllowed && loadableImageUrl(data.attrValue) === data.attrValue.trim()));
      if (!keep) data.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG') {
      node.setAttribute('referrerpolicy', 'no-referrer');
      node.setAttribute('loading', 'lazy');
    }
  });
  purifier = purify;
  return purify;
}

/**
 * A clip's Markdown as HTML for the reading view: `marked`, then remote content defused, then DOMPurify with
 * an allow-list. Shown, it runs no script and makes no request: remote images are placeholders (counted in
 * `blockedImages`) until `loadImages`, then plain `<img src>` (https, no referrer); players are links.
 */
export function readingHtml(markdown: string, { loadImages = false } = {}): ReadingHtml {
  const rendered = marked.parse(markdown, { async: false, gfm: true });
  const doc = new DOMParser().parseFromString(rendered, 'text/html');
  const blockedImages = defuseRemote(doc, loadImages);
  const purify = getPurifier();
  imagesAllowed = loadImages;
  try {
    const html = purify.sanitize(doc.body.innerHTML, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOW_DATA_ATTR: false,
    });
    return { html, blockedImages };
  } finally {
    imagesAllowed = false;
  }
}
