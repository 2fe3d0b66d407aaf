import { t } from '@/utils/i18n/t';
import { TEMPLATE_FILTERS } from '@/utils/templates/template-filters';
import { TEMPLATE_VARIABLES } from '@/utils/templates/template-variables';

/** The variables and filters a template can use, from the same tables the checker reads. */
export function TemplateDocs() {
  return (
    <details className="template-docs" data-testid="tpl-docs">
      <summary>{t('tplDocsTitle')}</summary>
      <p>{t('tplDocsHelp')}</p>
      <table>
        <thead>
          <tr>
            <th>{t('tplDocsName')}</th>
            <th>{t('tplDocsType')}</th>
            <th>{t('tplDocsDescription')}</th>
          </tr>
        </thead>
        <tbody>
          {TEMPLATE_VARIABLES.map((v) => (
            <tr key={v.name}>
              <td>
                <code>{`{{${v.name}}}`}</code>
              </td>
              <td>{v.type}</td>
              <td>{t(v.doc)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <thead>
          <tr>
            <th>{t('tplDocsFilter')}</th>
            <th>{t('tplDocsAppliesTo')}</th>
            <th>{t('tplDocsDescription')}</th>
          </tr>
        </thead>
        <tbody>
          {TEMPLATE_FILTERS.map((f) => (
            <tr key={f.name}>
              <td>
                <code>{`| ${f.example}`}</code>
              </td>
              <td>{f.accepts.join(', ')}</td>
              <td>{t(f.doc)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
