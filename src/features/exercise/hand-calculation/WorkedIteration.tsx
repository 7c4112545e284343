import { useId, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { workedIteration, type WorkedStep } from '../../../core/exercise/worked-iteration';
import { useAppStore } from '../../../store/store';
import { useFormatValue } from '../../../ui/use-number-format';
import { useTranslation } from '../../../ui/use-translation';

const PHASES = ['forward', 'loss', 'backward', 'update'] as const;

/** `step.substituted` with each `{n}` replaced by its operand as the page writes numbers. */
function substitute(step: WorkedStep, format: (value: number) => string): string {
  return step.substituted.replace(/\{(\d+)\}/g, (_, index: string) =>
    format(step.operands[Number(index)] ?? Number.NaN),
  );
}

/** The worked iteration's sheet: every computation by phase, with this iteration's numbers. */
function WorkedSheet({ headingId }: { headingId: string }) {
  const t = useTranslation();
  const format = useFormatValue();
  const session = useAppStore((state) => state.session);
  const steps = workedIteration(session);
  const headings: Record<(typeof PHASES)[number], string> = {
    forward: t('hand.worked.forward'),
    loss: t('hand.worked.loss'),
    backward: t('hand.worked.backward'),
    update: t('hand.worked.update', { eta: format(session.learningRate) }),
  };
  return (
    <>
      <h3 id={headingId}>{t('hand.worked.title')}</h3>
      <p>{t('hand.worked.intro', { iteration: session.iteration + 1 })}</p>
      {PHASES.map((phase) => (
        <section key={phase}>
          <h4>{headings[phase]}</h4>
          <ol>
            {steps
              .filter((step) => step.phase === phase)
              .map((step) => (
                <li key={step.formula}>
                  {step.formula} = {substitute(step, format)} ={' '}
                  <strong>{format(step.result)}</strong>
                </li>
              ))}
          </ol>
        </section>
      ))}
    </>
  );
}

/** While printing, the sheet alone as a child of <body>, so print CSS can hide the rest. */
function PrintSheet({ children }: { children: ReactNode }) {
  return createPortal(<div className="worked-print-sheet">{children}</div>, document.body);
}

/**
 * "Iteração resolvida": the current iteration worked out (on demand) and "Imprimir", which
 * prints that sheet alone on light paper (window.print()).
 */
export function WorkedIteration() {
  const t = useTranslation();
  const headingId = useId();
  const printHeadingId = useId();
  const [open, setOpen] = useState(false);
  const [printing, setPrinting] = useState(false);

  /** The sheet is put on the page, printed (window.print() returns once the dialog closes), removed. */
  const print = () => {
    flushSync(() => setPrinting(true));
    document.body.classList.add('printing-worked-iteration');
    try {
      window.print();
    } finally {
      document.body.classList.remove('printing-worked-iteration');
      setPrinting(false);
    }
  };

  return (
    <div className="worked-iteration">
      <div className="worked-iteration-actions">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('hand.worked.hide') : t('hand.worked.show')}
        </button>
        <button type="button" onClick={print}>
          {t('hand.worked.print')}
        </button>
      </div>
      {open && (
        <div role="region" aria-labelledby={headingId}>
          <WorkedSheet headingId={headingId} />
        </div>
      )}
      {printing && (
        <PrintSheet>
          <WorkedSheet headingId={printHeadingId} />
        </PrintSheet>
      )}
    </div>
  );
}
