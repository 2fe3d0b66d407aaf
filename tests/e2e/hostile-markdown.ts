/**
 * Markdown with raw HTML that makes a browser fetch from `origin` in every way a clip could carry: images,
 * `srcset`, a picture, a video poster, autoplaying audio, frames, objects, CSS `url()` and `@import`, SVG,
 * a form, a ping, a refresh. The e2e test opens it in the reading view and counts requests to `origin`.
 */
export function hostileMarkdown(origin: string): string {
  return `# Hostile clip

Intro text with a tracking pixel ![pixel](${origin}/px/md-pixel.png) and a [link](${origin}/page).

![Harbour at dawn](${origin}/img/harbour.png "The harbour")

<img src="${origin}/img/raw.png" srcset="${origin}/px/srcset-1.png 1x, ${origin}/px/srcset-2.png 2x" alt="Raw image" width="1" height="1">

<picture><source srcset="${origin}/px/picture-source.webp" type="image/webp"><img src="${origin}/img/picture.png" alt="Picture"></picture>

<video src="${origin}/px/video.mp4" poster="${origin}/px/poster.png" autoplay><source src="${origin}/px/video-source.mp4"><track src="${origin}/px/track.vtt"></video>

<audio autoplay src="${origin}/px/audio.mp3"></audio>

<iframe src="${origin}/px/frame.html"></iframe>

<object data="${origin}/px/object.swf"></object><embed src="${origin}/px/embed.swf">

<div style="background-image: url(${origin}/px/css-bg.png)">Styled</div>

<style>@import url(${origin}/px/import.css); p { background: url(${origin}/px/style-bg.png) }</style>

<link rel="stylesheet" href="${origin}/px/link.css"><link rel="prefetch" href="${origin}/px/prefetch">

<table background="${origin}/px/table-bg.png"><tr><td background="${origin}/px/td-bg.png">cell</td></tr></table>

<svg><image href="${origin}/px/svg-image.png"></image><use href="${origin}/px/svg-use.svg#a"></use></svg>

<input type="image" src="${origin}/px/input.png"><form action="${origin}/px/form"><button>Go</button></form>

<a href="${origin}/page" ping="${origin}/px/ping">pinged link</a>

<meta http-equiv="refresh" content="0;url=${origin}/px/refresh"><base href="${origin}/px/">

<img src="x" onerror="fetch('${origin}/px/onerror')"><script src="${origin}/px/script.js"></script>
`;
}

/** The images of `hostileMarkdown` a user who clicks "Load images" should see load, and nothing else. */
export const HOSTILE_IMAGES = ['/px/md-pixel.png', '/img/harbour.png', '/img/raw.png', '/img/picture.png'];
