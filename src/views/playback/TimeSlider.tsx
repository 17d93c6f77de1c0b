// The Time slider: virtual ms (whole ms) from 0 to a little past the horizon; dragging seeks.
import type { KeyboardEvent } from 'react';
import { useAppStore } from '../../store';
import { useT } from '../shell/useT';
import { formatClock } from './formatTime';

/** Arrow keys move 100 ms (1 s with Shift), Page keys 1 s (10 s with Shift): 1 ms is too fine. */
const KEY_STEPS: Record<string, number> = {
  ArrowRight: 100,
  ArrowUp: 100,
  ArrowLeft: -100,
  ArrowDown: -100,
  PageUp: 1000,
  PageDown: -1000,
};

export function TimeSlider({ max }: { max: number }) {
  const t = useT();
  const now = useAppStore((s) => s.now);
  const seek = useAppStore((s) => s.seek);
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = KEY_STEPS[e.key];
    if (step === undefined) return;
    e.preventDefault();
    seek(Math.min(max, Math.max(0, now + step * (e.shiftKey ? 10 : 1))));
  };
  return (
    <input
      type="range"
      className="time-slider"
      aria-label={t('playback.time')}
      aria-valuetext={formatClock(now)}
      min={0}
      max={max}
      step={1}
      value={Math.min(Math.round(now), max)}
      onKeyDown={onKey}
      onChange={(e) => seek(Number(e.currentTarget.value))}
    />
  );
}
