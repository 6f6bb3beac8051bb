import { listCommitmentsForOpenData } from '@/db/queries';
import { serialiseContext } from '@/lib/open-data/context';
import { safeFilename, toCsv } from '@/lib/open-data/csv';
import { csvResponse, errorResponse, preflightResponse, withErrorHandling } from '@/lib/open-data/http';
import { parseCommitmentCsvQuery } from '@/lib/open-data/params';
import { COMMITMENT_CSV_COLUMNS, serialiseCommitment } from '@/lib/open-data/serialise';

export const dynamic = 'force-dynamic';

/** GET /api/v1/commitments.csv: every row the same filters select, for a spreadsheet. */
export const GET = withErrorHandling('commitments.csv', async (request: Request) => {
  const parsed = parseCommitmentCsvQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(parsed.error);
  const { filters, locale } = parsed.value;
  const ctx = serialiseContext(locale);
  const { rows } = await listCommitmentsForOpenData({ filters, asOf: ctx.asOf, perPage: 'all', locale });
  const csv = toCsv(
    COMMITMENT_CSV_COLUMNS,
    rows.map((row) => serialiseCommitment(ctx, row)),
  );
  // The filename says what was selected and on which day, so several downloads do not collide.
  const named = [filters.category, filters.status, filters.kind, filters.country, filters.q, locale === 'en' ? undefined : locale].filter(
    (v): v is string => Boolean(v),
  );
  return csvResponse(request, csv, safeFilename(['commitments', ...named, ctx.asOf], 'csv'));
});

export function OPTIONS() {
  return preflightResponse();
}
