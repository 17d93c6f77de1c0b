// The two runs side by side in one small table (a row per setting, then acknowledged, lost and
// errors), narrow enough for the sandbox's side panel.
import { Fragment } from 'react';
import type { DurabilityResult } from '../../store';
import { useT } from '../shell/useT';

/** Kafka's long names (configs, error names) may wrap after a dot or an underscore, not mid-word. */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[._])/);
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </>
  );
}

interface Props {
  result: DurabilityResult;
  labels: [string, string];
}

export function SummaryTable({ result, labels }: Props) {
  const t = useT();
  const [a, b] = result.runs;
  const settings = [
    ['acks', a.config.acks, b.config.acks],
    ['min.insync.replicas', a.config.minInsyncReplicas, b.config.minInsyncReplicas],
    [
      'unclean.leader.election.enable',
      a.config.uncleanLeaderElection,
      b.config.uncleanLeaderElection,
    ],
  ] as const;
  const errors = (run: typeof a) => [...new Set(run.refusals.map((r) => r.error))];
  return (
    <div className="table-scroll">
      <table className="durability-summary">
        <caption>{t('durability.summaryCaption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{labels[0]}</th>
            <th scope="col">{labels[1]}</th>
          </tr>
        </thead>
        <tbody>
          {settings.map(([name, x, y]) => (
            <tr key={name}>
              <th scope="row" className="mono">
                <Breakable text={name} />
              </th>
              <td className="mono">{String(x)}</td>
              <td className="mono">{String(y)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('durability.rowAcked')}</th>
            <td>{`${a.acknowledged} / ${a.sent}`}</td>
            <td>{`${b.acknowledged} / ${b.sent}`}</td>
          </tr>
          <tr>
            <th scope="row">{t('durability.rowLost')}</th>
            {[a, b].map((r, i) => (
              <td key={labels[i]} className={r.lost.length ? 'is-loss' : 'is-safe'}>
                {r.lost.length}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('durability.rowErrors')}</th>
            {[a, b].map((r, i) => (
              <td key={labels[i]} className="mono durability-error-names">
                {errors(r).length === 0
                  ? t('durability.none')
                  : errors(r).map((e) => (
                      <span key={e}>
                        <Breakable text={e} />
                      </span>
                    ))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
