/** `<slug>.md` names made unique within one export: the second "a" becomes "a-2.md", then "a-3.md". */
export function uniqueFilenames(slugs: readonly string[], extension = '.md'): string[] {
  const used = new Set<string>();
  return slugs.map((slug) => {
    let name = `${slug}${extension}`;
    for (let n = 2; used.has(name); n++) name = `${slug}-${n}${extension}`;
    used.add(name);
    return name;
  });
}
