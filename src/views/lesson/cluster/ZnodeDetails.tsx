// The selected znode's data (JSON pretty-printed), version, czxid and, for an ephemeral one, its owner session.
import type { ZnodeView } from '../../../model/snapshotTypes';
import type { T } from '../../shell/useT';
import { prettyData } from './znodeTree';

export function ZnodeDetails({
  znode,
  path,
  t,
}: {
  znode: ZnodeView | null;
  path: string | null;
  t: T;
}) {
  if (!path) return <p className="hint cz-details">{t('clusterViews.zkSelectHint')}</p>;
  return (
    <section className="cz-details" aria-label={t('clusterViews.zkData', { path })}>
      <h3 className="mono">{path}</h3>
      {znode === null ? (
        <p className="cz-deleted-note">{t('clusterViews.zkGone')}</p>
      ) : (
        <>
          <p className="hint">
            {znode.ephemeralOwner === null
              ? t('clusterViews.zkPersistent')
              : t('clusterViews.zkOwner', { session: `0x${znode.ephemeralOwner.toString(16)}` })}
            {' · '}
            {t('clusterViews.zkVersion', { version: znode.version })}
            {' · '}
            {t('clusterViews.zkCzxid', { czxid: znode.czxid })}
          </p>
          <pre className="cz-data">
            {znode.data ? prettyData(znode.data) : t('clusterViews.zkEmptyData')}
          </pre>
        </>
      )}
    </section>
  );
}
