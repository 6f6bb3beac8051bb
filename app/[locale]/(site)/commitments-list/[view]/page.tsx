import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { parseListView } from '@/lib/list-views';
import CommitmentsPage, { generateMetadata as listMetadata } from '../../commitments/page';

// The commitments list for one cacheable combination of filters (see lib/list-views.ts):
// next.config rewrites /commitments?category=… here, and this page renders the list page
// itself with those filters, so the two can never differ. Unlike the query string, the path
// lets Next cache the page like every other public page; saves refresh it at once.

export const revalidate = 300;
// Rendered on the first visit to each view, then served from the cache.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; view: string }> };

function listProps(params: Props['params']) {
  return {
    params: params.then(({ locale }) => ({ locale })),
    searchParams: params.then(({ view }) => parseListView(view) ?? notFound()),
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listMetadata(listProps(params));
}

export default function CommitmentsListView({ params }: Props) {
  return <CommitmentsPage {...listProps(params)} />;
}
