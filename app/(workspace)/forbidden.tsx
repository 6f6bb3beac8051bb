import Link from 'next/link';
import { workspaceT } from '@/lib/server/workspace-i18n';

export default async function Forbidden() {
  const t = await workspaceT('workspaceAdmin');
  return (
    <section className="section">
      <h1>{t('forbidden.title')}</h1>
      <p className="lede">{t('forbidden.lede')}</p>
      <p>
        <Link href="/editor">{t('forbidden.back')}</Link>
      </p>
    </section>
  );
}
