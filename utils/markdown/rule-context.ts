/** What rules need to know about the conversion they belong to. */
export interface RuleContext {
  /** Base URL links and images are resolved against. */
  baseUrl: string;
}
