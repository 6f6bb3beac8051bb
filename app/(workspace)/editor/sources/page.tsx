import Link from 'next/link';
import { listSources } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { formatDate } from '@/lib/format';
import { workspaceLocale, workspaceT } from '@/lib/server/workspace-i18n';
import { INTL_TAGS } from '@/i18n/routing';

export default async function EditorSourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireEditorPage({ path: '/editor/sources' });
  const [rows, params, t, locale] = await Promise.all([listSources(), searchParams, workspaceT('workspacePages'), workspaceLocale()]);
  return (
    <>
      <h1>{t('sources.title')}</h1>
      {params.saved ? (
        <p className="notice notice--success" role="status">
          {t('sources.saved')}
        </p>
      ) : null}
      <p>
        <Link href="/editor/sources/new" className="button">
          {t('sources.newSource')}
        </Link>
      </p>
      <ul className="plain-list">
        {rows.map((s) => (
          <li key={s.id}>
            <Link href={`/editor/sources/${s.slug}/edit`}>{s.title}</Link>{' '}
            <span className="small muted">
              · {s.publisher ?? t('shared.publisherNotRecorded')} · {formatDate(s.publishedOn, INTL_TAGS[locale])} ·{' '}
              {t('sources.slug', { slug: s.slug })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
