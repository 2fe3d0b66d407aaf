/** HTML elements that break a line of text (a space between their text and their neighbours'). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr iframe img li main nav ol p pre section summary table tbody td tfoot th ' +
    'thead tr ul video audio'
  ).split(' '),
);

/**
 * Element names a Markdown producer may leave as raw HTML (HTML, plus common SVG and MathML). Only these are
 * treated as tags in Markdown text: `<noun>` or `<auth-dialog>` in prose is the article's own text.
 */
export const KNOWN_TAGS: ReadonlySet<string> = new Set([
  ...BLOCK_TAGS,
  ...(
    'a abbr area b base bdi bdo big body button canvas center cite code col colgroup data datalist del dfn ' +
    'em embed font head html i input ins kbd label legend link map mark menu meta meter noscript object ' +
    'optgroup option output param picture progress q rp rt ruby s samp script select slot small source span ' +
    'strike strong style sub sup template textarea time title track tt u var wbr ' +
    'svg g path circle rect line polyline polygon ellipse text tspan defs use symbol stop lineargradient ' +
    'radialgradient clippath mask image foreignobject math mi mo mn ms mtext mrow msup msub msubsup mfrac ' +
    'msqrt mroot mover munder munderover mtable mtr mtd mspace mstyle semantics annotation'
  ).split(' '),
]);
