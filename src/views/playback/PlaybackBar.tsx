// Play/pause, step, clock, speed and share; the Time slider under them spans the timeline's width.
import { useAppStore } from '../../store';
import { Icon } from '../shell/Icon';
import { useT } from '../shell/useT';
import { formatClock } from './formatTime';
import { ShareButton } from './ShareButton';
import { SpeedSelect } from './SpeedSelect';

export function PlaybackBar() {
  const t = useT();
  const playing = useAppStore((s) => s.playing);
  const now = useAppStore((s) => s.now);
  const ready = useAppStore((s) => s.snapshot !== null);
  const togglePlay = useAppStore((s) => s.togglePlay);
  const stepBack = useAppStore((s) => s.stepBack);
  const stepForward = useAppStore((s) => s.stepForward);
  return (
    <div className="playback-bar">
      <div className="button-group">
        <button
          type="button"
          className="icon-button"
          aria-label={t('playback.stepBack')}
          title={`${t('playback.stepBack')} (←)`}
          onClick={stepBack}
          disabled={!ready}
        >
          <Icon name="stepBack" />
        </button>
        <button
          type="button"
          className="play-button"
          aria-label={playing ? t('playback.pause') : t('playback.play')}
          title={`${playing ? t('playback.pause') : t('playback.play')} (Space)`}
          onClick={togglePlay}
          disabled={!ready}
        >
          <Icon name={playing ? 'pause' : 'play'} />
          <span aria-hidden="true">{playing ? t('playback.pause') : t('playback.play')}</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('playback.stepForward')}
          title={`${t('playback.stepForward')} (→)`}
          onClick={stepForward}
          disabled={!ready}
        >
          <Icon name="stepForward" />
        </button>
      </div>
      <span className="clock">{formatClock(now)}</span>
      <SpeedSelect />
      <ShareButton />
    </div>
  );
}
