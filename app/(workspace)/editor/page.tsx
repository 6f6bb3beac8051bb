import Link from 'next/link';
import { listCommitmentsForEditor } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { CATEGORY_LABELS, KIND_LABELS } from '@/lib/domain';
import { formatDate } from '@/lib/format';
import { TRANSLATION_LOCALE_NAMES } from '@/lib/content-locale';
import { VerdictBadge } from '@/components/ui/status-badge';

export default async function EditorHome({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireEditorPage({ path: '/editor' });
  const params = await searchParams;
  const rows = await listCommitmentsForEditor();
  const untranslated = rows.filter((c) => c.missingTranslations.length > 0).length;
  return (
    <>
      <h1>Editor workspace</h1>
      {params['password-changed'] ? (
        <p className="notice notice--success" role="status">
          Your password has been changed.
        </p>
      ) : null}
      <p>
        <Link href="/editor/commitments/new" className="button">
          New commitment
        </Link>
      </p>
      <p>
        {untranslated === 0
          ? 'Every commitment has its Russian and Kazakh title.'
          : `${untranslated} of ${rows.length} commitments lack a Russian or Kazakh translation; readers of those languages see the English, marked.`}
      </p>
      <table className="table">
        <caption className="visually-hidden">Commitments to maintain</caption>
        <thead>
          <tr>
            <th scope="col">Commitment</th>
            <th scope="col">Category · kind</th>
            <th scope="col">Verdict</th>
            <th scope="col">Last update</th>
            <th scope="col">Translations</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link href={`/editor/commitments/${c.slug}`}>{c.title}</Link>
              </th>
              <td>
                {CATEGORY_LABELS[c.category]} · {KIND_LABELS[c.kind]}
              </td>
              <td>
                <VerdictBadge verdict={c.currentVerdict} />
              </td>
              <td>{formatDate(c.lastUpdateOn)}</td>
              <td>
                <Link href={`/editor/commitments/${c.slug}/translations`}>
                  {c.missingTranslations.length === 0 ? (
                    'Russian and Kazakh'
                  ) : (
                    <strong>Missing: {c.missingTranslations.map((l) => TRANSLATION_LOCALE_NAMES[l]).join(', ')}</strong>
                  )}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
