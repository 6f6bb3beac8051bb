import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCommitmentTranslationsForEditing } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { TranslationsForm } from '@/components/editor/translations-form';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function CommitmentTranslationsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  await requireEditorPage({ path: `/editor/commitments/${slug}/translations` });
  const row = await getCommitmentTranslationsForEditing({ slug });
  if (!row) notFound();
  return (
    <>
      <p className="eyebrow">Editing</p>
      <h1>Translations of “{row.title}”</h1>
      {query.saved ? (
        <p className="notice notice--success" role="status">
          Translations saved. The Russian and Kazakh pages show them now.
        </p>
      ) : null}
      <p>
        <Link href={`/editor/commitments/${row.slug}`}>Log and revisions</Link> ·{' '}
        <Link href={`/editor/commitments/${row.slug}/edit`}>Edit details</Link> · public page in{' '}
        <a href={`/ru/commitments/${row.slug}`} hrefLang="ru">
          Russian
        </a>{' '}
        and{' '}
        <a href={`/kk/commitments/${row.slug}`} hrefLang="kk">
          Kazakh
        </a>{' '}
        · version {row.version}
      </p>
      <p className="muted">Quotes, notes and the log stay in the source’s and editors’ own words; only the title and summary are translated here.</p>
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
