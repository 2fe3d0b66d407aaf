import { useState } from 'react';
import { ALL, type TagFilter } from '../tag-filter';

const param = (name: string) => new URLSearchParams(location.search).get(name);

/**
 * What the library's address opens it at: `?tag=` (the popup's "All tags" link, at the tag the popup was
 * filtering by), `?q=` (a search) and `?id=` (the popup's "Open in library" for the page's clip).
 */
export function useAddressState() {
  const [filter, setFilter] = useState<TagFilter>(() => {
    const tag = param('tag');
    return tag ? { kind: 'tag', tag } : ALL;
  });
  const [query, setQuery] = useState(() => param('q') ?? '');
  const [openId, setOpenId] = useState<number | null>(() => Number(param('id')) || null);
  return { filter, setFilter, query, setQuery, openId, setOpenId };
}
