import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCommitmentTranslationsForEditing } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { workspaceT } from '@/lib/server/workspace-i18n';
import { TranslationsForm } from '@/components/editor/translations-form';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function CommitmentTranslationsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  await requireEditorPage({ path: `/editor/commitments/${slug}/translations` });
  const row = await getCommitmentTranslationsForEditing({ slug });
  if (!row) notFound();
  const t = await workspaceT('workspacePages');
  return (
    <>
      <p className="eyebrow">{t('shared.editing')}</p>
      <h1>{t('commitmentTranslations.title', { title: row.title })}</h1>
      {query.saved ? (
        <p className="notice notice--success" role="status">
          {t('commitmentTranslations.saved')}
        </p>
      ) : null}
      <p>
        <Link href={`/editor/commitments/${row.slug}`}>{t('commitmentTranslations.logAndRevisions')}</Link> ·{' '}
        <Link href={`/editor/commitments/${row.slug}/edit`}>{t('shared.editDetails')}</Link> ·{' '}
        {t.rich('commitmentTranslations.publicPageIn', {
          ru: (chunks) => (
            <a href={`/ru/commitments/${row.slug}`} hrefLang="ru">
              {chunks}
            </a>
          ),
          kk: (chunks) => (
            <a href={`/kk/commitments/${row.slug}`} hrefLang="kk">
              {chunks}
            </a>
          ),
        })}{' '}
        · {t('shared.version', { version: row.version })}
      </p>
      <p className="muted">{t('commitmentTranslations.note')}</p>
      <div className="card">
        <TranslationsForm
          commitmentId={row.id}
          version={row.version}
          english={{ title: row.title, summary: row.summary }}
          translations={row.translations}
        />
      </div>
    </>
  );
}
