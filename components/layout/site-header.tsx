import Link from 'next/link';
import { NavLink } from './nav-link';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-brand">
          <span className="site-brand__mark" aria-hidden="true">
            ◎
          </span>
          <span>
            Commitments <span className="site-brand__accent">Tracker</span>
          </span>
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            <li>
              <NavLink href="/">Dashboard</NavLink>
            </li>
            <li>
              <NavLink href="/commitments">Commitments</NavLink>
            </li>
            <li>
              <NavLink href="/sources">Sources</NavLink>
            </li>
            <li>
              <NavLink href="/methodology">Methodology</NavLink>
            </li>
            <li>
              <NavLink href="/snapshots">Snapshots</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
