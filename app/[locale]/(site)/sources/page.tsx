import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { listSources } from '@/db/queries';
import { SOURCE_KIND_LABELS } from '@/lib/domain';
import { formatDate } from '@/lib/format';
import { resolvePageLocale, type LocaleParams } from '@/i18n/server';

export const revalidate = 300;
export const metadata: Metadata = { title: 'Sources', description: 'Every announcement and report the tracker draws on.' };

export default async function SourcesPage({ params }: { params: LocaleParams }) {
  await resolvePageLocale(params);
  const rows = await listSources();
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">Every announcement, report and statistic behind the tracker’s figures.</p>
      <ul className="card-grid">
        {rows.map((s) => (
          <li key={s.slug}>
            <article className="card">
              <p className="eyebrow">
                {SOURCE_KIND_LABELS[s.kind]} · {formatDate(s.publishedOn)}
              </p>
              <h2 className="commitment-card__title">
                <Link href={`/sources/${s.slug}`}>{s.title}</Link>
              </h2>
              <p className="small">{s.publisher}</p>
              <p className="small muted">
                {s.commitments} commitments announced · {s.observations} figures · {s.updates} status updates cite it
              </p>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
