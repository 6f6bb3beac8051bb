import { listUsers } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { formatDate } from '@/lib/format';
import { secondFactorRequired } from '@/lib/server/access';
import { workspaceLocale, workspaceT } from '@/lib/server/workspace-i18n';
import { INTL_TAGS } from '@/i18n/routing';

/** "2 Dec 2026, 14:05 UTC": when a one-time password stops working. */
const formatDateTime = (iso: string, tag: string) => `${formatDate(iso.slice(0, 10), tag)}, ${iso.slice(11, 16)} UTC`;
import { DisableForm, InviteUserForm, ResetPasswordForm, ResetSecondFactorForm, RoleForm } from '@/components/editor/small-forms';

export default async function UsersPage() {
  const me = await requireEditorPage({ path: '/editor/users', admin: true });
  const [rows, t, locale] = await Promise.all([listUsers(), workspaceT('workspaceAdmin'), workspaceLocale()]);
  const tag = INTL_TAGS[locale];
  const now = new Date().toISOString();
  return (
    <>
      <h1>{t('users.title')}</h1>
      <section className="section card" aria-labelledby="invite-title">
        <h2 id="invite-title">{t('users.invite')}</h2>
        <InviteUserForm />
      </section>
      <table className="table">
        <caption className="visually-hidden">{t('users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.columns.name')}</th>
            <th scope="col">{t('users.columns.email')}</th>
            <th scope="col">{t('users.columns.role')}</th>
            <th scope="col">{t('users.columns.status')}</th>
            <th scope="col">{t('users.columns.secondFactor')}</th>
            <th scope="col">{t('users.columns.since')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                {u.name}
                {u.id === me.id ? t('users.you') : ''}
              </th>
              <td>{u.email}</td>
              <td>
                <RoleForm userId={u.id} role={u.role} label={u.name} />
              </td>
              <td>
                {u.disabled
                  ? t('users.status.disabled')
                  : u.mustChangePassword
                    ? u.passwordExpiresAt && u.passwordExpiresAt <= now
                      ? t('users.status.expired')
                      : u.passwordExpiresAt
                        ? t('users.status.validUntil', { when: formatDateTime(u.passwordExpiresAt, tag) })
                        : t('users.status.validUntilChanged')
                    : t('users.status.active')}
                {u.id !== me.id ? (
                  <>
                    <DisableForm userId={u.id} disabled={u.disabled} label={u.name} />
                    <ResetPasswordForm userId={u.id} label={u.name} />
                  </>
                ) : null}
              </td>
              <td>
                {u.totpEnabled ? t('users.factor.on') : secondFactorRequired(u.role) ? t('users.factor.required') : t('users.factor.off')}
                {u.id !== me.id ? <ResetSecondFactorForm userId={u.id} label={u.name} enrolled={u.totpEnabled} /> : null}
              </td>
              <td>{formatDate(u.createdAt.slice(0, 10), tag)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
