import { describe, expect, it } from 'vitest';
import { unexplainedWarnings, type LintMessage } from '../../../scripts/stores/known-library-warnings';

const at = (code: string, file: string): LintMessage => ({ code, message: '', file, line: 1, column: 0 });

describe('sorting web-ext lint warnings', () => {
  it('lets through a known library’s warning, recognised by its source', () => {
    const zod = at('DANGEROUS_EVAL', 'background.js');
    expect(unexplainedWarnings([zod], () => 'if(P.jitless)return!1;try{return Function(``),!0}')).toEqual([]);
  });

  it('lets through the publishing chunk’s bind fallback and intrinsics table, not another Function call', () => {
    const bind = at('DANGEROUS_EVAL', 'chunks/publish-runtime.js');
    const table = at('DANGEROUS_EVAL', 'chunks/publish-runtime.js');
    const ours = at('DANGEROUS_EVAL', 'chunks/publish-runtime.js');
    const source = new Map([
      [bind, 'p<d;p++)f[p]=`$`+p;if(l=Function(`binder`,`return function (`+s(f,`,`)+`){'],
      [table, '"%Error%":i,"%eval%":eval,"%EvalError%":a'],
      [ours, 'const run=Function(`return this`)'],
    ]);
    expect(unexplainedWarnings([bind, table, ours], (w) => source.get(w)!)).toEqual([ours]);
  });

  it('reports an innerHTML assignment in code no known library wrote', () => {
    const ours = at('UNSAFE_VAR_ASSIGNMENT', 'extract.js');
    expect(unexplainedWarnings([ours], () => 'let o=e.createElement(`div`);o.innerHTML=i;')).toEqual([ours]);
  });

  it('does not let a known marker excuse another kind of warning', () => {
    const evalNearHtml = at('DANGEROUS_EVAL', 'popup.js');
    expect(unexplainedWarnings([evalNearHtml], () => 'e.innerHTML=n.__html;Function(x)')).toEqual([
      evalNearHtml,
    ]);
  });

  it('accepts only the deliberate manifest warnings', () => {
    const min = { code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION', message: '', file: 'manifest.json' };
    const other = { code: 'MANIFEST_FIELD_UNSUPPORTED', message: '', file: 'manifest.json' };
    expect(unexplainedWarnings([min, other], () => '')).toEqual([other]);
  });
});
