import { formatDate } from '@/lib/format';

/**
 * A deadline as announced. Vague words ("in the near future") are quoted as stated
 * and the date we read them as is marked as our interpretation.
 */
export function Deadline({
  on,
  text,
  interpreted,
}: {
  on: string | null;
  text: string | null;
  interpreted: boolean;
}) {
  if (!on && !text) return <span className="muted">No deadline stated</span>;
  if (!on) return <span>“{text}” <span className="muted">(no date)</span></span>;
  if (interpreted) {
    return (
      <span>
        {text ? <>“{text}” </> : null}
        <span className="interpretation">
          read as <time dateTime={on}>{formatDate(on)}</time>
          <abbr title="This date is our interpretation of the words as stated, not a date the source gave." className="interpretation__mark">
            *
          </abbr>
        </span>
      </span>
    );
  }
  return <time dateTime={on}>{formatDate(on)}</time>;
}
