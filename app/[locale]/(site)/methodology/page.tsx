import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { STAGES, STAGE_LABELS, KIND_LABELS, type StagedKind } from '@/lib/domain';
import { env } from '@/lib/env';
import { resolvePageLocale, type LocaleParams } from '@/i18n/server';

export const metadata: Metadata = {
  title: 'Methodology',
  description: 'How the tracker measures progress, computes trajectories and flags overdue or stale commitments.',
};

export default async function MethodologyPage({ params }: { params: LocaleParams }) {
  await resolvePageLocale(params);
  const staleAfterDays = env().STALE_AFTER_DAYS;
  return (
    <article className="prose">
      <h1>Methodology</h1>
      <p className="lede">
        Progress is computed from recorded data by fixed rules, so two readers looking at the same figures reach the same
        result. Editors add the evidence and a verdict; the computation stands beside the verdict, not in its place.
      </p>

      <section className="section card">
        <h2>Numeric targets</h2>
        <p>For a commitment with a number to reach (trade of $15 bn, IT exports of $1 bn), we record the baseline value and date, the target and the deadline, and a time series of reported figures, each with its source.</p>
        <ul>
          <li>
            <strong>Progress</strong> = (latest − baseline) ÷ (target − baseline).
          </li>
          <li>
            <strong>Growth needed</strong> each year to reach the target on time = (target ÷ baseline)<sup>1/years</sup> − 1, where years run from the
            baseline date to the deadline. The chart draws this as the required path.
          </li>
          <li>
            <strong>Growth observed</strong> each year = (latest ÷ baseline)<sup>1/years elapsed</sup> − 1.
          </li>
          <li>
            <strong>Trajectory ratio</strong> R = observed ÷ required. Following the method used by the UN Sustainable Development Goals national
            reporting platforms: target met → <em>target met</em>; R ≥ 0.95 → <em>on track</em>; 0.6 ≤ R &lt; 0.95 → <em>acceleration needed</em>;
            0 ≤ R &lt; 0.6 → <em>limited progress</em>; R &lt; 0 → <em>moving away</em>. With fewer than two figures from the baseline on, the
            status is <em>insufficient data</em>.
          </li>
          <li>
            <strong>Projection</strong>: the value at the deadline if the observed growth continues. When no figure has been reported since the
            baseline but earlier figures exist, the chart shows where the pre-announcement trend would lead, and says so.
          </li>
          <li>When a baseline or figure is zero or negative, growth rates are meaningless, so the same steps use absolute change per year.</li>
          <li>For targets that should fall (emissions, costs) the same ratio works with both rates negative.</li>
        </ul>
        <p className="small muted">
          Worked example: from 10.6 to 15 over five years needs 7.19% a year. A figure of 11.2 one year later is 5.66% growth, R = 0.79:
          acceleration needed.
        </p>
      </section>

      <section className="section card">
        <h2>Projects, agreements and events</h2>
        <p>Progress is the stage reached divided by the last stage:</p>
        <ul>
          {(Object.keys(STAGES) as StagedKind[]).map((kind) => (
            <li key={kind}>
              <strong>{KIND_LABELS[kind]}</strong>: {STAGES[kind].map((s) => STAGE_LABELS[s]).join(' → ')}
            </li>
          ))}
        </ul>
      </section>

      <section className="section card">
        <h2>Verdicts, flags and sources</h2>
        <ul>
          <li>
            <strong>Editors’ verdict</strong> (not started, in progress, stalled, achieved, achieved late, missed, dropped) is logged with a date and
            evidence. The log is append-only: a correction is a new entry pointing at the one it corrects.
          </li>
          <li>
            <strong>Overdue</strong>: the deadline in force has passed and the commitment is neither achieved nor dropped.
          </li>
          <li>
            <strong>Stale</strong>: no update for more than {staleAfterDays} days on a commitment that is still open.
          </li>
          <li>
            <strong>Disagreement</strong>: the editors’ verdict and the computed trajectory point different ways (for example “in progress” while the
            data show the figure moving away from the target).
          </li>
          <li>
            <strong>Vague deadlines</strong> (“in the near future”, “in the medium term”) are quoted as stated and read as a date we mark with an
            asterisk as our interpretation, with the reasoning on the commitment’s page.
          </li>
          <li>
            <strong>Disagreeing sources</strong> are all kept: one figure per period is preferred for the computation and the others are shown
            beside it. <strong>Derived</strong> figures (computed from another figure, such as a level implied by a growth rate) are marked as such.
          </li>
          <li>
            <strong>Revised targets</strong>: when a target or deadline changes, the revision is recorded with its date and source; the computation
            uses the terms in force and the original stays visible.
          </li>
        </ul>
        <p>
          Every source is listed on the <Link href="/sources">sources page</Link>.
        </p>
      </section>
    </article>
  );
}
