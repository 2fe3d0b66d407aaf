import type TurndownService from 'turndown';

/**
 * Turndown finds a node's rule by testing every rule's filter in turn, and each tag-name filter reads
 * `node.nodeName.toLowerCase()` again: with forty-odd rules that is two strings per rule per node (linkedom
 * builds `nodeName` on every read). The index reads the name once and tries only the rules that can match
 * it — those naming the tag, and every function filter — in Turndown's own order, so the same rule wins.
 */

type Rule = TurndownService.Rule;

/** The part of Turndown's (untyped) rule set the index reads and replaces. */
interface TurndownRules {
  options: TurndownService.Options;
  array: Rule[];
  _keep: Rule[];
  _remove: Rule[];
  blankRule: Rule;
  defaultRule: Rule;
  forNode(node: Node): Rule;
}

const canMatch = (rule: Rule, name: string): boolean => {
  const { filter } = rule;
  if (typeof filter === 'string') return filter === name;
  if (Array.isArray(filter)) return filter.includes(name as TurndownService.TagName);
  return true;
};

/** Installs the index on `service`; its rules must be complete (added, kept and removed) by then. */
export function indexRules(service: TurndownService): void {
  const rules = (service as unknown as { rules: TurndownRules }).rules;
  const ordered = [...rules.array, ...rules._keep, ...rules._remove];
  const byName = new Map<string, Rule[]>();
  rules.forNode = (node: Node): Rule => {
    if ((node as { isBlank?: boolean }).isBlank) return rules.blankRule;
    const name = node.nodeName.toLowerCase();
    let candidates = byName.get(name);
    if (!candidates) byName.set(name, (candidates = ordered.filter((rule) => canMatch(rule, name))));
    for (const rule of candidates) {
      const { filter } = rule;
      if (typeof filter !== 'function' || filter.call(rule, node as HTMLElement, rules.options)) return rule;
    }
    return rules.defaultRule;
  };
}
