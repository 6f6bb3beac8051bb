import Link from 'next/link';
import { workspaceT } from '@/lib/server/workspace-i18n';

export default async function Unauthorized() {
  const t = await workspaceT('workspaceAdmin');
  return (
    <section className="section">
      <h1>{t('unauthorized.title')}</h1>
      <p className="lede">{t('unauthorized.lede')}</p>
      <p>
        <Link href="/sign-in" className="button">
          {t('unauthorized.signIn')}
        </Link>
      </p>
    </section>
  );
}
