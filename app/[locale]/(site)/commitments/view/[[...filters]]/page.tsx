import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { parseListFilters } from '@/lib/filters';
import { parseViewSegments } from '@/lib/list-views';
import { resolvePageLocale } from '@/i18n/server';
import { generateMetadata as listMetadata } from '../../page';
import { CommitmentsList } from '../../commitments-list';

// A view of the commitments list: the select filters in the path (lib/list-views.ts), so Next
// caches it like every other public page and every save refreshes it. The bare list
// (/commitments) is rewritten here with no segment.

export const revalidate = 300;
// Rendered on the first visit to each view, then served from the cache.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; filters?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listMetadata({ params: params.then(({ locale }) => ({ locale })), searchParams: Promise.resolve({}) });
}

export default async function CommitmentsListView({ params }: Props) {
  const { filters: segments = [] } = await params;
  const locale = await resolvePageLocale(params.then(({ locale }) => ({ locale })));
  const view = parseViewSegments(segments);
  if (!view) notFound();
  // One address per view: the same filters in another order, or with defaults spelled out,
  // go to the canonical one. (No segment is the bare list, reached by a rewrite: left as is.)
  const current = segments.length === 0 ? view.canonical : `/commitments/view/${segments.join('/')}`;
  if (current !== view.canonical) permanentRedirect(getPathname({ href: view.canonical, locale }));
  const { filters } = parseListFilters(view.params);
  return <CommitmentsList locale={locale} filters={filters} problems={[]} />;
}
