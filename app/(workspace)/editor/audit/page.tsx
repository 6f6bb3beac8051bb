import { listAuditEvents } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { workspaceT } from '@/lib/server/workspace-i18n';

export default async function AuditPage() {
  await requireEditorPage({ path: '/editor/audit', admin: true });
  const [rows, t] = await Promise.all([listAuditEvents({ limit: 300 }), workspaceT('workspaceAdmin')]);
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="lede">{t('audit.lede')}</p>
      <table className="table">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.columns.when', { zone: 'UTC' })}</th>
            <th scope="col">{t('audit.columns.who')}</th>
            <th scope="col">{t('audit.columns.what')}</th>
            <th scope="col">{t('audit.columns.details')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              <td>{e.createdAt.slice(0, 19).replace('T', ' ')}</td>
              <td>{e.actorName ?? t('audit.system')}</td>
              <td>
                {e.action.replace(/-/g, ' ')} · {e.entity} {e.entityId ?? ''}
              </td>
              <td className="small">
                <code>{JSON.stringify(e.details)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
