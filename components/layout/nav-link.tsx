'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** A header link that marks itself as the current page for screen readers and sighted users. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className="site-nav__link">
      {children}
    </Link>
  );
}
