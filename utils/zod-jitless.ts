import { config } from 'zod/mini';

/*
 * No code generated at run time. zod compiles object schemas with the Function constructor unless told
 * otherwise, after probing whether it may: the extension pages' CSP (script-src 'self') refuses it, Firefox
 * then reports a CSP violation on every page, and AMO's review flags it. Imported first by every entrypoint,
 * before any schema parses (zod probes once, at the first object parse). From zod's small build, whose
 * config is the full build's too: the injected extraction script must not carry the full one.
 */
config({ jitless: true });
