import { requireEditorPage } from '@/lib/server/guard';
import { workspaceT } from '@/lib/server/workspace-i18n';
import { PasswordForm } from '@/components/editor/small-forms';

export default async function PasswordPage() {
  const user = await requireEditorPage({ path: '/editor/password', step: 'password-change' });
  const t = await workspaceT('workspaceAdmin');
  return (
    <section className="narrow">
      <h1>{t('password.title')}</h1>
      {user.mustChangePassword ? (
        <p className="notice notice--warning" role="status">
          {t('password.oneTime')}
        </p>
      ) : null}
      <div className="card">
        <PasswordForm />
      </div>
    </section>
  );
}
