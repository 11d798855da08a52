import { useEffect, useState } from 'react';
import type { CheckReport } from '../../shared/contract';
import { describeError } from '../logic/errors';
import { AppModal } from './AppModal';
import { useAppStores } from './appStores';
import { checkedWords, checkHeadline, kindWords, orderedProblems, repairableCount } from './checkWords';

type Checking = { status: 'checking' } | { status: 'done'; report: CheckReport } | { status: 'failed'; message: string };

/** File › Check notebook: every file, reference and anchor checked, the report in plain words. */
export function CheckDialog({ onClose }: { onClose: () => void }) {
  const { api } = useAppStores();
  const [checking, setChecking] = useState<Checking>({ status: 'checking' });

  const check = async (repair: boolean) => {
    setChecking({ status: 'checking' });
    const report = await api['notebook.check']({ repair });
    setChecking(report.ok ? { status: 'done', report: report.value } : { status: 'failed', message: describeError(report.error) });
  };
  useEffect(() => {
    let current = true;
    void api['notebook.check']({ repair: false }).then((report) => {
      if (current) setChecking(report.ok ? { status: 'done', report: report.value } : { status: 'failed', message: describeError(report.error) });
    });
    return () => {
      current = false;
    };
  }, [api]);

  return (
    <AppModal title="Check notebook" testId="check-dialog" onClose={onClose} wide>
      {checking.status === 'checking' && (
        <p className="screen__quiet" role="status">
          Checking every file, reference and annotation…
        </p>
      )}
      {checking.status === 'failed' && (
        <p className="form-error" role="alert">
          {checking.message}
        </p>
      )}
      {checking.status === 'done' && <Report report={checking.report} onRepair={() => void check(true)} />}
    </AppModal>
  );
}

function Report({ report, onRepair }: { report: CheckReport; onRepair: () => void }) {
  const repairable = repairableCount(report);
  return (
    <div className="check" data-testid="check-report">
      <p className={`check__headline${report.ok ? '' : ' check__headline--bad'}`} role="status">
        {checkHeadline(report)}
      </p>
      <p className="modal__hint">{checkedWords(report)}</p>
      {report.repaired.length > 0 && (
        <>
          <h3 className="check__heading">Repaired</h3>
          <ul className="check__list">
            {report.repaired.map((said) => (
              <li key={said}>{said}</li>
            ))}
          </ul>
        </>
      )}
      {report.problems.length > 0 && (
        <ul className="check__list check__problems">
          {orderedProblems(report.problems).map((p, i) => (
            <li key={`${p.file}:${p.recordId ?? ''}:${i}`} className={`check__problem check__problem--${p.severity}`}>
              <span className="check__kind">{kindWords(p.kind)}</span> <code>{p.file}</code>
              <span className="check__message">{p.message}</span>
              {p.repairable && <span className="check__repairable">Can be repaired safely.</span>}
            </li>
          ))}
        </ul>
      )}
      {repairable > 0 && (
        <button type="button" className="button button--primary" onClick={onRepair}>
          Repair what is safe to repair ({repairable})
        </button>
      )}
    </div>
  );
}
