import { listAuditEvents } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';

export default async function AuditPage() {
  await requireEditorPage({ path: '/editor/audit', admin: true });
  const rows = await listAuditEvents({ limit: 300 });
  return (
    <>
      <h1>Audit log</h1>
      <p className="lede">Every write, newest first: who, what, when.</p>
      <table className="table">
        <caption className="visually-hidden">Audit events</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              <td>{e.createdAt.slice(0, 19).replace('T', ' ')}</td>
              <td>{e.actorName ?? 'System'}</td>
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
