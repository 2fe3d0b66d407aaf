/**
 * Names and phrases of the clutter Readability leaves in article bodies, for remove-clutter. Class/id words
 * must be whole tokens (delimited by space, `_` or `-`) so "shareable-quote" or "loaded" don't match.
 */

const token = (words: string[]): string => String.raw`(?:^|[\s_-])(?:${words.join('|')})(?=$|[\s_-])`;

/** Small chrome: goes when short, or mostly links, and never when it holds a real paragraph. */
export const CLUTTER_HINT = new RegExp(
  [
    // share bars and print buttons
    token([
      'share',
      'sharing',
      'sharebar',
      'share-?tools',
      'share-?buttons',
      'social-?share',
      'social-?links',
      'social-?media',
      'socials',
      'print-?button',
    ]),
    // newsletter sign-ups
    token(['newsletter', 'subscribe', 'subscription', 'signup', 'sign-?up', 'opt-?in', 'mailing-?list']),
    // advertising and affiliate disclaimers
    token([
      'ad',
      'ads',
      'adv',
      'advert',
      'advertisement',
      'advertising',
      'ad-?slot',
      'ad-?unit',
      'ad-?container',
      'ad-?wrapper',
      'dfp',
      'outbrain',
      'taboola',
      'sponsored',
      'promo',
      'ad-?disclosure',
      'disclaimer',
      'affiliate\\w*',
    ]),
    // cookie / consent banners
    token(['cookie', 'cookies', 'consent', 'gdpr']),
    // breadcrumbs, tag lists, pagers, photo credits
    token([
      'breadcrumbs?',
      'breadcrumb-?\\w+',
      'tags',
      'tag-?list',
      'tag-?cloud',
      'post-?tags',
      'pagination',
      'pager',
      'credits?',
      'copyright',
      'image-?credit',
      'photo-?credit',
    ]),
  ].join('|'),
  'i',
);

/**
 * Whole boxes that are never the article, whatever they hold: related/recommended teasers (their excerpts
 * are real paragraphs), comment threads, author bios, sidebar widgets. Still capped by size in the pass.
 */
export const SECTION_HINT = new RegExp(
  [
    token([
      'related\\w*',
      'read-?more',
      'more-?on-?this',
      'more-?stories',
      'recommended',
      'recommendations?',
      'recirc',
      'read-?next',
      'up-?next',
      'most-?read',
      'most-?popular',
      'also-?read',
    ]),
    token([
      'comments',
      'comment-?(?:list|form|section|area|respond)',
      'commentlist',
      'disqus\\w*',
      'respond',
    ]),
    token([
      'author-?(?:bio|box|info|description|card|about|details)',
      'about-?(?:the-?)?author',
      'post-?author',
      'entry-author-info',
      'saboxplugin-?\\w*',
      'abh_box',
      'm-a-box',
    ]),
    // WordPress sidebar widgets ("widget widget_rss"); not "dnd-widget-wrapper" image embeds in bodies
    String.raw`(?:^|\s)(?:widget|widget_\w+|sidebar-?widget)(?=$|\s)`,
    // camelCase names (relatedArticles, kommentarModul)
    String.raw`(?:^|\s)(?:related|kommentar)[A-Z_]?\w*`,
  ].join('|'),
  'i',
);

/** Whole-text labels that are never article text. */
export const LABEL =
  /^(?:advertisement|advertising|advert|ad|anzeige|werbung|publicidad|publicité|sponsored(?: content)?|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|skip advert(?:isement)?|print|drucken|drukuj|imprimir|permalink|permalien|zurück(?: zur (?:listenansicht|übersicht))?|keine kommentare|kommentare schreiben|lade weitere inhalte|load more|quellen ausblenden)\s*:?$/i;

/**
 * Openings of "read more" blocks, in the languages of the corpus; the block must also be short and mostly
 * links. The end is a lookahead, not `\b`, which is ASCII-only in JavaScript.
 */
export const READ_MORE = new RegExp(
  '^(?:' +
    [
      'read more',
      'read next',
      'read also',
      'see also',
      'further reading',
      'related(?: articles?| stories| coverage| content| reading| links| posts)?',
      'more on this story',
      'more from',
      'recommended(?: for you)?',
      'most read',
      'also read',
      'you may also like',
      // de
      'lesen sie (?:auch|mehr|hier)',
      'lies auch',
      'mehr zum thema',
      'mehr themen',
      'weitere (?:artikel|beiträge|nachrichten|themen|meldungen|links|tourentipps)',
      'weiterführende(?:r)? links?',
      'zum weiterlesen',
      'weiterlesen',
      'auch interessant',
      'das könnte sie (?:auch )?interessieren',
      'das könnte dich (?:auch )?interessieren',
      'entdecke weitere',
      // es / pt / fr / it / pl
      'lea (?:también|más|además)',
      'lea',
      'vea (?:también|más)',
      'le puede interesar',
      'te puede interesar',
      'mira',
      'veja também',
      'leia (?:também|mais)',
      'à lire aussi',
      'a lire aussi',
      'lire aussi',
      'voir aussi',
      'leggi anche',
      'czytaj (?:też|także|również)',
      'zobacz (?:też|także)',
    ].join('|') +
    ')(?=$|[\\s:.!?…])\\s*[:!]?',
  'i',
);

/**
 * Calls to action that news templates put in the body: follow us, subscribe, get the app, join our channel,
 * was this helpful. Matched in a short paragraph only (remove-clutter), in the corpus's languages.
 */
export const CALL_TO_ACTION = new RegExp(
  [
    // en ("Follow him on Twitter" ends an author's tagline: that stays)
    String.raw`\bfollow (?:us|(?!him\b|her\b|them\b|me\b)[\w .@&'-]{1,40}?) on (?:twitter|facebook|instagram|tiktok|linkedin|youtube|telegram|whatsapp|threads)\b`,
    String.raw`\bsubscribe (?:now|today|to our)\b`,
    String.raw`\bsign up (?:for|to) our\b`,
    String.raw`\bdownload (?:the|our) (?:[\w-]+ ){0,3}apps?\b`,
    String.raw`\bjoin our (?:[\w-]+ )?(?:telegram|whatsapp|newsletter|channel|community)\b`,
    String.raw`\bsubmit (?:your|a) letter to the editor\b`,
    // advertising disclosures ("*Werbung. Dieser Beitrag enthält Werbung für …")
    String.raw`^\W*(?:werbung|anzeige|unbezahlte werbung|advertorial|sponsored(?: post)?|paid (?:post|partnership))\W*(?:$|[.:|])`,
    String.raw`\b(?:dieser|der) (?:beitrag|artikel|post) enthält (?:werbung|affiliate[- ]links)\b`,
    String.raw`\bthis (?:post|article) (?:contains|may contain) affiliate links\b`,
    // es / pt
    String.raw`\bcanal de (?:telegram|whatsapp|youtube)\b`,
    String.raw`(?:^|[\s¡¿])(?:únete|síguenos|suscríbete|hazte (?:miembro|socio))(?=$|[\s!.,:])`,
    String.raw`\bsiga-nos\b`,
    // de
    String.raw`\bwar (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)\b`,
    String.raw`\bmöchten sie (?:den|diesen) (?:artikel|beitrag) teilen\b`,
    String.raw`\bfolgen sie uns\b`,
    String.raw`\b(?:abonnieren sie|newsletter abonnieren)\b`,
    // fr / it / pl
    String.raw`(?:^|\s)(?:suivez-nous|abonnez-vous|seguici|iscriviti|obserwuj nas)(?=$|[\s!.,:])`,
  ].join('|'),
  'i',
);
