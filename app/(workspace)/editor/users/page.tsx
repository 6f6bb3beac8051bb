import { listUsers } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { formatDate } from '@/lib/format';
import { secondFactorRequired } from '@/lib/server/access';

/** "2 Dec 2026, 14:05 UTC": when a one-time password stops working. */
const formatDateTime = (iso: string) => `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
import { DisableForm, InviteUserForm, ResetPasswordForm, ResetSecondFactorForm, RoleForm } from '@/components/editor/small-forms';

export default async function UsersPage() {
  const me = await requireEditorPage({ path: '/editor/users', admin: true });
  const rows = await listUsers();
  const now = new Date().toISOString();
  return (
    <>
      <h1>Users</h1>
      <section className="section card" aria-labelledby="invite-title">
        <h2 id="invite-title">Invite someone</h2>
        <InviteUserForm />
      </section>
      <table className="table">
        <caption className="visually-hidden">Accounts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Second factor</th>
            <th scope="col">Since</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                {u.name}
                {u.id === me.id ? ' (you)' : ''}
              </th>
              <td>{u.email}</td>
              <td>
                <RoleForm userId={u.id} role={u.role} label={u.name} />
              </td>
              <td>
                {u.disabled
                  ? 'Disabled'
                  : u.mustChangePassword
                    ? u.passwordExpiresAt && u.passwordExpiresAt <= now
                      ? 'Invited; one-time password expired'
                      : `Invited; one-time password valid until ${u.passwordExpiresAt ? formatDateTime(u.passwordExpiresAt) : 'changed'}`
                    : 'Active'}
                {u.id !== me.id ? (
                  <>
                    <DisableForm userId={u.id} disabled={u.disabled} label={u.name} />
                    <ResetPasswordForm userId={u.id} label={u.name} />
                  </>
                ) : null}
              </td>
              <td>
                {u.totpEnabled ? 'On' : secondFactorRequired(u.role) ? 'Required, not set up yet' : 'Off'}
                {u.id !== me.id ? <ResetSecondFactorForm userId={u.id} label={u.name} enrolled={u.totpEnabled} /> : null}
              </td>
              <td>{formatDate(u.createdAt.slice(0, 10))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
