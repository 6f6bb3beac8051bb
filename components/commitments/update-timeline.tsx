import { Link } from '@/i18n/navigation';
import type { StatusUpdateRow } from '@/db/queries';
import { STAGE_LABELS } from '@/lib/domain';
import { formatDate, formatValue } from '@/lib/format';
import { VerdictBadge } from '@/components/ui/status-badge';
import { Markdown } from '@/components/ui/markdown';

/** The append-only log, newest first. Corrections and what they correct point at each other. */
export function UpdateTimeline({
  updates,
  unit,
  correctHref,
}: {
  updates: StatusUpdateRow[];
  unit: string | null;
  /** In the editor workspace: where the "correct this entry" link of each entry goes. */
  correctHref?: (id: number) => string;
}) {
  if (updates.length === 0) return <p className="muted">No update has been logged yet.</p>;
  return (
    <ol className="timeline">
      {updates.map((u) => (
        <li key={u.id} id={`update-${u.id}`} className={`timeline__item${u.correctedById ? ' timeline__item--corrected' : ''}`}>
          <p className="timeline__date">
            <time dateTime={u.asOf}>{formatDate(u.asOf)}</time>
          </p>
          <div>
            <p className="badge-row">
              <VerdictBadge verdict={u.verdict} />
              {u.stage ? <span className="badge badge--stage">Stage: {STAGE_LABELS[u.stage]}</span> : null}
              {u.value !== null && unit ? <span className="badge badge--stage">Value: {formatValue(u.value, unit)}</span> : null}
            </p>
            {u.correctedById ? (
              <p className="notice notice--inline">
                Corrected by a <a href={`#update-${u.correctedById}`}>later entry</a>; kept here as it was logged.
              </p>
            ) : null}
            {u.correctsId ? (
              <p className="small">
                Corrects the <a href={`#update-${u.correctsId}`}>entry of an earlier date</a>.
              </p>
            ) : null}
            {u.note ? (
              <div className="timeline__note">
                <Markdown>{u.note}</Markdown>
              </div>
            ) : null}
            {u.evidence.length > 0 ? (
              <ul className="evidence">
                {u.evidence.map((e) => (
                  <li key={e.url}>
                    <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                      {e.title}
                      <span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="small muted">
              {u.sourceSlug ? (
                <>
                  Source: <Link href={`/sources/${u.sourceSlug}`}>{u.sourceTitle}</Link> ·{' '}
                </>
              ) : null}
              Logged by {u.authorName} on {formatDate(u.createdAt.slice(0, 10))}
              {correctHref ? (
                <>
                  {' '}
                  · <Link href={correctHref(u.id)}>Correct this entry<span className="visually-hidden"> of {formatDate(u.asOf)}</span></Link>
                </>
              ) : null}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
