// The note under a partition's log naming the records acknowledged to a producer and then lost.
import type { Locale } from '../../i18n/messages';
import { lt } from './text';

/** A few lost records are listed; many are summed up as offset ranges, the list one click away. */
export function LostSummary(props: {
  count: number;
  summary: string;
  records: string;
  locale: Locale;
}) {
  const full = lt(props.locale, 'lostSummary', { records: props.records });
  return (
    <div className="kl-lost-summary" role="note">
      {props.count <= 4 ? (
        full
      ) : (
        <details>
          <summary>{props.summary}</summary>
          <p className="kl-lost-list">{full}</p>
        </details>
      )}
    </div>
  );
}
