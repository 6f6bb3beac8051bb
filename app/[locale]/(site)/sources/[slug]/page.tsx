import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { notFound } from 'next/navigation';
import { getSourceBySlug, listSourceSlugs } from '@/db/queries';
import { SOURCE_KIND_LABELS, STAGE_LABELS } from '@/lib/domain';
import { todayIso } from '@/lib/clock';
import { env } from '@/lib/env';
import { formatDate, formatQualifiedValue } from '@/lib/format';
import { CommitmentCard } from '@/components/commitments/commitment-card';
import { VerdictBadge } from '@/components/ui/status-badge';
import { resolvePageLocale, type LocaleParams } from '@/i18n/server';

export const revalidate = 300;

export async function generateStaticParams() {
  return (await listSourceSlugs()).map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const s = await getSourceBySlug({ slug });
  return s ? { title: s.title, description: s.description ?? undefined } : { title: 'Source not found' };
}

export default async function SourcePage({ params }: Props) {
  await resolvePageLocale(params);
  const { slug } = await params;
  const source = await getSourceBySlug({ slug });
  if (!source) notFound();
  const asOf = todayIso();
  const staleAfterDays = env().STALE_AFTER_DAYS;

  return (
    <article>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/sources">Sources</Link>
          </li>
        </ol>
      </nav>
      <p className="eyebrow">{SOURCE_KIND_LABELS[source.kind]}</p>
      <h1>{source.title}</h1>
      <dl className="facts facts--inline card">
        <div>
          <dt>Publisher</dt>
          <dd>{source.publisher}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            <time dateTime={source.publishedOn}>{formatDate(source.publishedOn)}</time>
          </dd>
        </div>
        {source.place ? (
          <div>
            <dt>Place</dt>
            <dd>{source.place}</dd>
          </div>
        ) : null}
        <div>
          <dt>Link</dt>
          <dd>
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer">
                {source.url.replace(/^https?:\/\//, '').slice(0, 60)}
              </a>
            ) : (
              <span className="muted">No address recorded for this document</span>
            )}
          </dd>
        </div>
      </dl>
      {source.description ? <p className="lede">{source.description}</p> : null}

      {source.commitments.length > 0 ? (
        <section aria-labelledby="announced-title" className="section">
          <h2 id="announced-title">Commitments taken from it ({source.commitments.length})</h2>
          <ul className="card-grid">
            {source.commitments.map((c) => (
              <li key={c.slug}>
                <CommitmentCard commitment={c} asOf={asOf} staleAfterDays={staleAfterDays} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {source.figures.length > 0 ? (
        <section aria-labelledby="figures-title" className="section">
          <h2 id="figures-title">Figures it reports</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Period</th>
                <th scope="col">Value</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {source.figures.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.metricName}</th>
                  <td>{f.period}</td>
                  <td>{formatQualifiedValue(f.value, f.metricUnit, f.qualifier)}</td>
                  <td className="small">
                    {f.derived ? <strong>Derived. </strong> : null}
                    {f.preferred ? null : <strong>Another source’s figure is preferred for this period. </strong>}
                    {f.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {source.updates.length > 0 ? (
        <section aria-labelledby="updates-title" className="section">
          <h2 id="updates-title">Status updates citing it</h2>
          <ul className="plain-list">
            {source.updates.map((u) => (
              <li key={u.id}>
                <time dateTime={u.asOf}>{formatDate(u.asOf)}</time> ·{' '}
                <Link href={`/commitments/${u.commitmentSlug}`}>{u.commitmentTitle}</Link> · <VerdictBadge verdict={u.verdict} />
                {u.stage ? <span className="badge badge--stage">Stage: {STAGE_LABELS[u.stage]}</span> : null}
                <p className="small">{u.note}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
