import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>
          Commitments Tracker follows announced commitments against the evidence. Every figure links to its source;
          progress is computed from the data, not judged by hand. See the <Link href="/methodology">methodology</Link>.
        </p>
        <p className="muted">Statuses are reviewed by editors; computed trajectories are recalculated whenever data changes.</p>
      </div>
    </footer>
  );
}
