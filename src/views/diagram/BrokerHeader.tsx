// The top of a broker card: name, controller crown, state pill, session line, crash badge,
// and a hover title with where it listens.
import type { BrokerView } from '../../model/snapshotTypes';
import type { Locale } from '../../i18n/messages';
import { DANGER, INK, MUTED, OFFLINE_INK, tint } from '../theme';
import { Crown } from './Glyphs';
import { brokerDisplayState, isBrokerDown, type BrokerDisplayState } from './replicaRole';
import { dt, fitText, sessionHex, textWidth, type DiagramKey } from './text';

export interface BrokerHeaderProps {
  width: number;
  broker: BrokerView;
  /** Narrow cards put the state pill under the name and the session line in the tooltip. */
  narrow: boolean;
  isController: boolean;
  controllerEpoch: number;
  locale: Locale;
}

export const STATE_KEYS: Record<BrokerDisplayState, DiagramKey> = {
  online: 'stateOnline',
  crashed: 'stateCrashed',
  stopped: 'stateStopped',
  starting: 'stateStarting',
  isolated: 'stateIsolated',
  notStarted: 'stateNotStarted',
};
const STATE_DOT: Record<BrokerDisplayState, string> = {
  online: '#1f9d55',
  crashed: DANGER,
  // A clean shutdown is not an alarm: grey, unlike a crash's red.
  stopped: '#6b7280',
  starting: '#d97706',
  isolated: '#c2410c',
  notStarted: '#9aa1ac',
};
const PAD = 10;

/** The session line: ZooKeeper session and broker epoch, or why there is none. */
function brokerMeta(broker: BrokerView, locale: Locale): string {
  if (broker.zkSessionId !== null)
    return dt(locale, 'brokerMeta', {
      session: sessionHex(broker.zkSessionId),
      epoch: broker.brokerEpoch ?? '–',
    });
  // A starting broker without a session is still waiting for ZooKeeper to answer.
  return dt(locale, broker.state === 'starting' ? 'brokerConnecting' : 'brokerNoSession');
}

/** The card's hover text: name, state, the session line (narrow cards do not show it), endpoint. */
export function brokerTooltip(broker: BrokerView, locale: Locale): string {
  const state = dt(locale, STATE_KEYS[brokerDisplayState(broker)]);
  const endpoint = dt(locale, 'brokerEndpoint', {
    host: broker.host,
    port: broker.port,
    logDirs: broker.logDirs,
  });
  return `${dt(locale, 'broker', { id: broker.id })} · ${state}\n${brokerMeta(broker, locale)}\n${endpoint}`;
}

export function BrokerHeader({
  width,
  broker,
  narrow,
  isController,
  controllerEpoch,
  locale,
}: BrokerHeaderProps) {
  const state = brokerDisplayState(broker);
  const down = isBrokerDown(state);
  const innerW = width - 2 * PAD;
  const name = dt(locale, 'broker', { id: broker.id });
  const stateText = dt(locale, STATE_KEYS[state]);
  const meta = brokerMeta(broker, locale);
  const pillW = Math.min(narrow ? innerW : innerW * 0.5, 22 + textWidth(stateText, 10.5));
  const nameRoom = narrow ? innerW : innerW - pillW - 4;
  return (
    <>
      <text x={PAD} y={24} fontSize={14.5} fontWeight={700} fill={down ? OFFLINE_INK : INK}>
        {fitText(name, nameRoom - (isController ? 26 : 0), 14.5)}
      </text>
      {isController && (
        <Crown
          x={PAD + Math.min(nameRoom - 24, textWidth(name, 14.5) * 1.1 + 6)}
          y={12}
          title={dt(locale, 'controllerTitle', { epoch: controllerEpoch })}
        />
      )}
      <g transform={narrow ? `translate(${PAD},31)` : `translate(${width - PAD - pillW},11)`}>
        <rect width={pillW} height={18} rx={9} fill={tint(STATE_DOT[state], 0.86)} />
        <circle cx={9} cy={9} r={3.5} fill={STATE_DOT[state]} />
        <text
          x={16}
          y={9}
          dy="0.35em"
          fontSize={10.5}
          fontWeight={600}
          fill={down ? '#4b5563' : INK}
        >
          {stateText}
        </text>
      </g>
      {!narrow && (
        <text x={PAD} y={40} fontSize={10.5} fill={MUTED}>
          {fitText(meta, innerW, 10.5)}
        </text>
      )}
      {state === 'crashed' && (
        <g transform={`translate(${width},0)`} className="kd-crash-badge">
          <title>{stateText}</title>
          <circle r={11} fill={DANGER} stroke="#fff" strokeWidth={2} />
          <path d="M-4,-4 L4,4 M4,-4 L-4,4" stroke="#fff" strokeWidth={2.4} strokeLinecap="round" />
        </g>
      )}
    </>
  );
}
