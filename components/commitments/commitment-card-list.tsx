'use client';

import { Link } from '@/i18n/navigation';
import { Badge, type BadgeView } from '@/components/ui/badge';
import { FallbackText, type FallbackTextView } from '@/components/ui/fallback-text';
import { ProgressBarView, type ProgressView } from '@/components/ui/progress-bar-view';

// The cards of a commitments list, drawn from data the server has already put into words
// (commitment-card.tsx). Why a client component: a server-rendered card reaches the browser
// twice, as HTML and again as the React Server Components payload that describes every
// element of it, which made the list page ~125 KB, two thirds of it payload. Here the
// payload carries each card's data once (~600 bytes instead of ~2 KB) and the markup is
// the same; the list page shrank by about a third and is served that much faster.

export type CardView = {
  slug: string;
  title: FallbackTextView;
  /** The terms in force where they differ from the announced ones the title carries. */
  termsNote: string | null;
  /** Planned completion, for commitments announced without a deadline. */
  planned: string | null;
  summary: FallbackTextView;
  eyebrow: string;
  badges: BadgeView[];
  progress: ProgressView;
  /** The deadline as the server renders it (quoted words, interpretation mark). */
  deadline: React.ReactNode;
  countries: string | null;
};

export type CardListLabels = { deadline: string; countries: string; planned: string };

export function CommitmentCardList({ cards, labels, headingLevel }: { cards: CardView[]; labels: CardListLabels; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="card-grid">
      {cards.map((c) => (
        <li key={c.slug}>
          <article className="card commitment-card">
            <p className="eyebrow">{c.eyebrow}</p>
            <Heading className="commitment-card__title">
              <Link href={`/commitments/${c.slug}`}>
                <FallbackText {...c.title} />
              </Link>
            </Heading>
            {c.termsNote ? <p className="commitment-card__terms">{c.termsNote}</p> : null}
            <p className="commitment-card__summary">
              <FallbackText {...c.summary} />
            </p>
            <div className="badge-row">
              {c.badges.map((badge) => (
                <Badge key={badge.tone} {...badge} />
              ))}
            </div>
            <ProgressBarView {...c.progress} size="sm" />
            <dl className="meta-list">
              <div>
                <dt>{labels.deadline}</dt>
                <dd>{c.deadline}</dd>
              </div>
              {c.planned ? (
                <div>
                  <dt>{labels.planned}</dt>
                  <dd>{c.planned}</dd>
                </div>
              ) : null}
              {c.countries ? (
                <div>
                  <dt>{labels.countries}</dt>
                  <dd>{c.countries}</dd>
                </div>
              ) : null}
            </dl>
          </article>
        </li>
      ))}
    </ul>
  );
}
