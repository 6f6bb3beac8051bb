import { requireEditorPage } from '@/lib/server/guard';
import { PasswordForm } from '@/components/editor/small-forms';

export default async function PasswordPage() {
  const user = await requireEditorPage({ path: '/editor/password', step: 'password-change' });
  return (
    <section className="narrow">
      <h1>Change password</h1>
      {user.mustChangePassword ? (
        <p className="notice notice--warning" role="status">
          You signed in with a one-time password. Choose your own before you continue.
        </p>
      ) : null}
      <div className="card">
        <PasswordForm />
      </div>
    </section>
  );
}
