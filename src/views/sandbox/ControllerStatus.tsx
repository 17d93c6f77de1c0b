// `Controller: broker N` (or `none`) with the controller epoch: who is running the cluster now.
import { useAppStore } from '../../store';
import { brokerColor, NODE_COLORS } from '../theme';
import { useT } from '../shell/useT';

export function ControllerStatus() {
  const t = useT();
  const id = useAppStore((s) => s.snapshot?.controller.brokerId ?? null);
  const epoch = useAppStore((s) => s.snapshot?.controller.epoch ?? 0);
  return (
    <p className="controller-status" aria-live="polite">
      <span
        className="crown"
        aria-hidden="true"
        style={{ color: id === null ? undefined : NODE_COLORS.controller }}
      >
        ♛
      </span>
      <span
        className="controller-text"
        style={id === null ? undefined : { borderColor: brokerColor(id) }}
      >
        {id === null ? t('app.controllerNone') : t('app.controller', { id })}
      </span>
      <span className="hint">{t('app.controllerEpoch', { epoch })}</span>
    </p>
  );
}
