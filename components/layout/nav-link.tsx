'use client';

import { Link, usePathname } from '@/i18n/navigation';

/** A header link that marks itself as the current page for screen readers and sighted users. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  // The locale-aware pathname has the language prefix removed, so /ru/commitments matches.
  const pathname = usePathname();
  const current = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className="site-nav__link">
      {children}
    </Link>
  );
}
