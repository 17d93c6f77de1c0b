// The playback speed, from the store's fixed list ([ / ] step through it too).
import { useId } from 'react';
import { formatSpeed, SPEEDS, useAppStore } from '../../store';
import { useT } from '../shell/useT';

export function SpeedSelect() {
  const t = useT();
  const id = useId();
  const speed = useAppStore((s) => s.speed);
  const setSpeed = useAppStore((s) => s.setSpeed);
  return (
    <div className="speed">
      <label htmlFor={id}>{t('playback.speed')}</label>
      <select id={id} value={speed} onChange={(e) => setSpeed(Number(e.currentTarget.value))}>
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {formatSpeed(s)}
          </option>
        ))}
      </select>
    </div>
  );
}
