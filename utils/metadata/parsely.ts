// zod's tree-shakable build: this is the injected extraction script's only validation, and the full
// build would add ~80 kB to compile and set up on every clip.
import * as z from 'zod/mini';
import type { MetadataCandidate } from './metadata-candidate';
import { allMeta, firstMeta, type MetaIndex } from './meta-index';

/** The legacy `<meta name="parsely-page" content="{…}">` JSON blob; every field optional and loosely typed. */
// Built on first use: few pages still carry the blob, and every clip would pay for the schema's set-up.
let parselyPageSchema: ReturnType<typeof makeSchema> | undefined;
const makeSchema = () =>
  z.partial(
    z.object({
      title: z.string(),
      link: z.string(),
      author: z.union([z.string(), z.array(z.string())]),
      authors: z.array(z.string()),
      pub_date: z.union([z.string(), z.number()]),
      section: z.string(),
      tags: z.union([z.string(), z.array(z.string())]),
      image_url: z.string(),
    }),
  );
type ParselyPage = z.infer<ReturnType<typeof makeSchema>>;

function parsePage(json: string | undefined): ParselyPage {
  if (!json) return {};
  try {
    const result = (parselyPageSchema ??= makeSchema()).safeParse(JSON.parse(json));
    return result.success ? result.data : {};
  } catch {
    return {};
  }
}

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Parse.ly analytics tags: parsely-title/-author/-pub-date/-tags/-section, or the older parsely-page JSON. */
export function readParsely(meta: MetaIndex): MetadataCandidate {
  const page = parsePage(firstMeta(meta, 'parsely-page'));
  const authors = allMeta(meta, 'parsely-author');
  const tags = allMeta(meta, 'parsely-tags');
  return {
    title: firstMeta(meta, 'parsely-title') ?? page.title,
    authors: authors.length ? authors : [...asList(page.authors), ...asList(page.author)],
    // Parse.ly dates are ISO strings, sometimes Unix timestamps: parse-date handles both.
    published:
      firstMeta(meta, 'parsely-pub-date') ??
      (page.pub_date === undefined ? undefined : String(page.pub_date)),
    keywords: tags.length ? tags : asList(page.tags),
    section: firstMeta(meta, 'parsely-section') ?? page.section,
    url: firstMeta(meta, 'parsely-link') ?? page.link,
    image: firstMeta(meta, 'parsely-image-url') ?? page.image_url,
  };
}
