// The znode tree as nested lists of buttons: fold a branch, select a znode; ephemeral ones show their session.
import type { ClusterSnapshot } from '../../../model/snapshotTypes';
import type { T } from '../../shell/useT';
import { foldedAtFirst, sessionOf, type ZnodeNode } from './znodeTree';

const hex = (id: number) => `0x${id.toString(16)}`;

interface TreeProps {
  nodes: ZnodeNode[];
  snapshot: Pick<ClusterSnapshot, 'now' | 'zookeeper'>;
  selected: string | null;
  /** Paths whose folding the learner flipped from the default. */
  flipped: ReadonlySet<string>;
  onSelect: (path: string) => void;
  onFlip: (path: string) => void;
  t: T;
}

function Badge({ node, snapshot, t }: { node: ZnodeNode; snapshot: TreeProps['snapshot']; t: T }) {
  if (node.deleted)
    return (
      <span className="cz-badge cz-deleted-note">
        {t('clusterViews.zkDeleted', {
          session: node.deleted.session === null ? '?' : hex(node.deleted.session),
        })}
      </span>
    );
  const owner = node.znode?.ephemeralOwner ?? null;
  if (owner === null) return null;
  const session = sessionOf(snapshot, owner);
  return (
    <span className={session.expired ? 'cz-badge cz-expired' : 'cz-badge'}>
      {t('clusterViews.zkEphemeral', { session: hex(owner) })}
      {' · '}
      {session.expired
        ? t('clusterViews.zkSessionExpired')
        : t('clusterViews.zkExpiresIn', { seconds: session.secondsLeft.toFixed(1) })}
    </span>
  );
}

function Branch(props: TreeProps) {
  const { nodes, selected, flipped, onSelect, onFlip, t } = props;
  return (
    <>
      {nodes.map((node) => {
        const open = foldedAtFirst(node.path) === flipped.has(node.path);
        const hasChildren = node.children.length > 0;
        return (
          <li key={node.path} className={node.deleted ? 'cz-node is-deleted' : 'cz-node'}>
            <div className={selected === node.path ? 'cz-row is-selected' : 'cz-row'}>
              {hasChildren ? (
                <button
                  type="button"
                  className="cz-toggle"
                  aria-expanded={open}
                  aria-label={t(open ? 'clusterViews.zkCollapse' : 'clusterViews.zkExpand', {
                    path: node.path,
                  })}
                  onClick={() => onFlip(node.path)}
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                </button>
              ) : (
                <span className="cz-spacer" aria-hidden="true" />
              )}
              {node.deleted ? (
                <s className="cz-name mono">{node.name}</s>
              ) : (
                <button
                  type="button"
                  className="cz-name mono"
                  aria-pressed={selected === node.path}
                  // The full path names it: many znodes share a last segment (`2`).
                  aria-label={node.path}
                  onClick={() => onSelect(node.path)}
                >
                  {node.name}
                </button>
              )}
              <Badge node={node} snapshot={props.snapshot} t={t} />
            </div>
            {hasChildren && open && (
              <ul className="cz-children">
                <Branch {...props} nodes={node.children} />
              </ul>
            )}
          </li>
        );
      })}
    </>
  );
}

export function ZnodeTreeView(props: TreeProps) {
  return (
    <ul className="cz-tree" aria-label={props.t('clusterViews.zkTree')}>
      <Branch {...props} />
    </ul>
  );
}
