import { t, type MessageKey } from '../i18n/t';
import { isInlineImage, loadableImageUrl, remoteUrl } from './remote-url';

const MEDIA: Record<string, MessageKey> = {
  VIDEO: 'readingVideo',
  AUDIO: 'readingAudio',
  IFRAME: 'readingEmbed',
  FRAME: 'readingEmbed',
  EMBED: 'readingEmbed',
  OBJECT: 'readingEmbed',
};

/** Where a media element plays from: its own address, else its first `<source>`'s. */
function mediaUrl(element: Element): URL | null {
  const own = element.getAttribute('src') ?? element.getAttribute('data');
  const source = element.querySelector('source[src]')?.getAttribute('src');
  return remoteUrl(own) ?? remoteUrl(source);
}

/** A link in place of a player: the user can open it, the reading view never plays or frames it. */
function mediaLink(doc: Document, element: Element): Node {
  const url = mediaUrl(element);
  const label = t(MEDIA[element.tagName] ?? 'readingEmbed');
  if (!url) return doc.createTextNode('');
  const link = doc.createElement('a');
  link.href = url.href;
  link.className = 'media-link';
  link.textContent = t('readingMediaLink', label, url.host);
  return link;
}

function imagePlaceholder(doc: Document, image: Element, host: string): Element {
  const alt = image.getAttribute('alt')?.trim() ?? '';
  const box = doc.createElement('span');
  box.className = 'image-placeholder';
  box.textContent = alt
    ? t('readingImagePlaceholder', alt, host || '?')
    : t('readingImagePlaceholderNoAlt', host || '?');
  return box;
}

/**
 * Rewrites rendered HTML, in an inert document (no browsing context: nothing in it loads), so that showing
 * it makes no request unless the user asked for images: players become links, remote images placeholders
 * (alt text and host) or, with `loadImages`, one plain `src` (no `srcset`). The final sanitizer enforces the
 * same rules on whatever this misses. Returns the number of remote images held back.
 */
export function defuseRemote(doc: Document, loadImages: boolean): number {
  for (const element of [...doc.body.querySelectorAll(Object.keys(MEDIA).join(','))]) {
    if (element.isConnected) element.replaceWith(mediaLink(doc, element));
  }
  let blocked = 0;
  for (const image of [...doc.body.querySelectorAll('img')]) {
    const src = image.getAttribute('src');
    if (isInlineImage(src)) continue;
    const url = loadableImageUrl(src);
    if (url && loadImages) {
      for (const name of [...image.getAttributeNames()]) {
        if (name !== 'alt' && name !== 'title') image.removeAttribute(name);
      }
      image.setAttribute('src', url);
      continue;
    }
    if (url) blocked++;
    image.replaceWith(imagePlaceholder(doc, image, remoteUrl(src)?.host ?? ''));
  }
  return blocked;
}
