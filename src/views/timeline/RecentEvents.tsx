// The last few notable events before now, newest first; each one seeks to its moment.
import { useAppStore } from '../../store';
import { useT } from '../shell/useT';
import { eventColor, eventText, eventTime } from './eventText';

const SHOWN = 6;

export function RecentEvents() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const events = useAppStore((s) => s.events);
  const now = useAppStore((s) => s.now);
  const seek = useAppStore((s) => s.seek);
  const recent = events
    .filter((e) => e.at <= now)
    .slice(-SHOWN)
    .reverse();
  return (
    <section className="recent-events" aria-labelledby="recent-title">
      <h2 id="recent-title" className="section-title">
        {t('timeline.recent')}
      </h2>
      {recent.length === 0 ? (
        <p className="hint">{t('timeline.none')}</p>
      ) : (
        <ol>
          {recent.map((event) => (
            <li key={event.id}>
              <button type="button" className="event-line" onClick={() => seek(event.at)}>
                <span
                  className="event-dot"
                  style={{ background: eventColor(event) }}
                  aria-hidden="true"
                />
                <time className="event-time">{eventTime(locale, event.at)}</time>
                <span className="event-text">{eventText(locale, event)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
