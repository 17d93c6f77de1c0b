// What a view's slot shows after the view failed to render.
import { useT } from '../shell/useT';

export function ViewFailed({ retry }: { retry: () => void }) {
  const t = useT();
  return (
    <div className="placeholder view-failed" role="alert">
      <p>{t('app.viewFailed')}</p>
      <button type="button" onClick={retry}>
        {t('app.retry')}
      </button>
    </div>
  );
}
