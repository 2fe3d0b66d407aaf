/**
 * Embedded players and posts that Readability must keep so that the Markdown can link to them (embed-link
 * names each one). Readability keeps an iframe only when one of its attribute values matches this pattern;
 * its own list has the video players but no posts, so a tweet rendered by X's widget script (an iframe on
 * platform.twitter.com, the form every live page has once its scripts ran) vanished from the clip.
 * Only embeds of content: share and like buttons from the same hosts (tweet_button.html, like.php) stay out.
 */
const SOURCES = [
  // Readability's own list.
  String.raw`(www\.)?(dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com`,
  String.raw`(archive|upload\.wikimedia)\.org`,
  String.raw`player\.twitch\.tv`,
  // Posts and players embed-link turns into links.
  String.raw`platform\.twitter\.com/embed/`,
  String.raw`(www\.)?(twitter|x)\.com/\w+/status(es)?/\d`,
  String.raw`(www\.)?instagram\.com/(p|reel|tv)/`,
  String.raw`(www\.)?tiktok\.com/(embed|@)`,
  String.raw`open\.spotify\.com/embed`,
  String.raw`w\.soundcloud\.com/player`,
  String.raw`(www\.)?facebook\.com/plugins/(post|video)\.php`,
  String.raw`(www\.)?google\.[a-z.]+/maps`,
];

export const EMBED_SOURCES = new RegExp(`//(?:${SOURCES.join('|')})`, 'i');
