// The ZooKeeper znode tree of the running cluster: fold, select to read data, ephemeral znodes with their session.
import { useState } from 'react';
import { useAppStore } from '../../../store';
import { useT } from '../../shell/useT';
import { ZnodeDetails } from '../cluster/ZnodeDetails';
import { ZnodeTreeView } from '../cluster/ZnodeTreeView';
import { znodeTree } from '../cluster/znodeTree';
import '../cluster/cluster.css';

export function ZnodesPanel() {
  const t = useT();
  const snapshot = useAppStore((s) => s.snapshot);
  const events = useAppStore((s) => s.events);
  const [selected, setSelected] = useState<string | null>(null);
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  if (!snapshot) return null;
  const nodes = znodeTree(snapshot.zookeeper.znodes, events, snapshot.now);
  const znode = snapshot.zookeeper.znodes.find((z) => z.path === selected) ?? null;
  const flip = (path: string) =>
    setFlipped((prev) => {
      const next = new Set(prev);
      if (next.has(path)) next.delete(path);
      else next.add(path);
      return next;
    });
  return (
    <section className="panel-section cz-panel" aria-labelledby="cz-title">
      <h2 id="cz-title" className="section-title">
        {t('clusterViews.zkTitle')}
      </h2>
      <p className="hint cz-intro">{t('clusterViews.zkIntro')}</p>
      <div className="cz-body">
        <ZnodeTreeView
          nodes={nodes}
          snapshot={snapshot}
          selected={selected}
          flipped={flipped}
          onSelect={(path) => setSelected(path === selected ? null : path)}
          onFlip={flip}
          t={t}
        />
        <ZnodeDetails znode={znode} path={selected} t={t} />
      </div>
    </section>
  );
}
