import Link from 'next/link';
import { listCommitmentsForEditor } from '@/db/queries';
import { requireEditorPage } from '@/lib/server/guard';
import { workspaceLocale, workspaceT } from '@/lib/server/workspace-i18n';
import { domainLabels } from '@/i18n/domain-labels';
import { INTL_TAGS } from '@/i18n/routing';
import { formatDate } from '@/lib/format';
import { Badge, verdictBadge } from '@/components/ui/badge';

export default async function EditorHome({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireEditorPage({ path: '/editor' });
  const params = await searchParams;
  const rows = await listCommitmentsForEditor();
  const [t, locale] = await Promise.all([workspaceT('workspacePages'), workspaceLocale()]);
  const labels = domainLabels(locale);
  const untranslated = rows.filter((c) => c.missingTranslations.length > 0).length;
  return (
    <>
      <h1>{t('home.title')}</h1>
      {params['password-changed'] ? (
        <p className="notice notice--success" role="status">
          {t('home.passwordChanged')}
        </p>
      ) : null}
      <p>
        <Link href="/editor/commitments/new" className="button">
          {t('home.newCommitment')}
        </Link>
      </p>
      <p>{untranslated === 0 ? t('home.allTranslated') : t('home.untranslated', { untranslated, total: rows.length })}</p>
      <table className="table">
        <caption className="visually-hidden">{t('home.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('home.columns.commitment')}</th>
            <th scope="col">{t('home.columns.categoryKind')}</th>
            <th scope="col">{t('home.columns.verdict')}</th>
            <th scope="col">{t('home.columns.lastUpdate')}</th>
            <th scope="col">{t('home.columns.translations')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link href={`/editor/commitments/${c.slug}`}>{c.title}</Link>
              </th>
              <td>
                {labels.category[c.category]} · {labels.kind[c.kind]}
              </td>
              <td>
                <Badge {...verdictBadge(c.currentVerdict, labels.verdict[c.currentVerdict])} />
              </td>
              <td>{formatDate(c.lastUpdateOn, INTL_TAGS[locale])}</td>
              <td>
                <Link href={`/editor/commitments/${c.slug}/translations`}>
                  {c.missingTranslations.length === 0 ? (
                    t('home.translationsComplete')
                  ) : (
                    <strong>
                      {t('home.translationsMissing', { languages: c.missingTranslations.map((l) => t(`shared.language.${l}`)).join(', ') })}
                    </strong>
                  )}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
