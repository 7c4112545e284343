import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LabFrame, LabPlacementContext } from '../../../src/labs/shared/LabFrame';
import { LabToolbar } from '../../../src/labs/shared/LabToolbar';
import { labFrameMessages } from '../../../src/labs/shared/lab-frame-messages';
import { resetAppStore, useAppStore } from '../../../src/store/store';

beforeEach(() => resetAppStore());

/** True when `first` comes before `second` in the document. */
function precedes(first: Element, second: Element): boolean {
  return Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);
}

function Frame() {
  return (
    <LabFrame
      id="demo"
      title="Demo"
      intro={<p>One line.</p>}
      more={<p>The rest of the story.</p>}
      toolbar={<button type="button">Go</button>}
      settings={
        <label>
          Rate
          <input />
        </label>
      }
    >
      <p>The stage</p>
    </LabFrame>
  );
}

describe('the lab frame', () => {
  it('draws title, intro, the rest behind "Saiba mais", then top bar, settings and stage', () => {
    render(
      <LabPlacementContext.Provider value="standalone">
        <Frame />
      </LabPlacementContext.Provider>,
    );
    const region = screen.getByRole('region', { name: 'Demo' });
    const heading = within(region).getByRole('heading', { level: 1, name: 'Demo' });
    const more = within(region).getByText('Saiba mais');
    expect(more.tagName).toBe('SUMMARY');
    const details = more.closest('details')!;
    expect(details.open).toBe(false);
    expect(within(details).getByText('The rest of the story.')).toBeInTheDocument();
    fireEvent.click(more);
    expect(details.open).toBe(true);

    const toolbar = within(region).getByRole('group', { name: 'Controles de Demo' });
    const settings = within(region).getByRole('group', { name: 'Ajustes de Demo' });
    const stage = within(region).getByText('The stage');
    expect(within(toolbar).getByRole('button', { name: 'Go' })).toBeInTheDocument();
    expect(within(settings).getByRole('textbox', { name: 'Rate' })).toBeInTheDocument();
    expect(precedes(heading, within(region).getByText('One line.'))).toBe(true);
    expect(precedes(details, toolbar)).toBe(true);
    expect(precedes(toolbar, settings)).toBe(true);
    expect(precedes(settings, stage)).toBe(true);
  });

  it('names its parts in English', () => {
    useAppStore.getState().setLanguage('en');
    render(<Frame />);
    // inside the lesson the title is an h3 under the lesson's own headings
    expect(screen.getByRole('heading', { level: 3, name: 'Demo' })).toBeInTheDocument();
    expect(screen.getByText('More').tagName).toBe('SUMMARY');
    expect(screen.getByRole('group', { name: 'Demo controls' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Demo settings' })).toBeInTheDocument();
  });

  it('leaves out the parts a section does not have', () => {
    render(
      <LabFrame id="bare" title="Bare" intro={<p>Only this.</p>}>
        <p>Stage</p>
      </LabFrame>,
    );
    expect(screen.queryByText('Saiba mais')).not.toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });
});

describe('the lab toolbar', () => {
  const verbs = (language: 'pt-BR' | 'en') => labFrameMessages[language];

  for (const language of ['pt-BR', 'en'] as const) {
    it(`offers Train/Pause, One step and Reset in one order, Train filled (${language})`, () => {
      useAppStore.getState().setLanguage(language);
      const onTrain = vi.fn();
      const onPause = vi.fn();
      const onStep = vi.fn();
      const onReset = vi.fn();
      const train = { running: false, onTrain, onPause };
      const { rerender } = render(<LabToolbar train={train} onStep={onStep} onReset={onReset} />);
      const names = screen.getAllByRole('button').map((button) => button.textContent);
      expect(names).toEqual([
        verbs(language)['lab.frame.train'],
        verbs(language)['lab.frame.step'],
        verbs(language)['lab.frame.reset'],
      ]);
      const trainButton = screen.getByRole('button', { name: verbs(language)['lab.frame.train'] });
      expect(trainButton).toHaveClass('primary');
      expect(
        screen.getByRole('button', { name: verbs(language)['lab.frame.step'] }),
      ).not.toHaveClass('primary');
      fireEvent.click(trainButton);
      fireEvent.click(screen.getByRole('button', { name: verbs(language)['lab.frame.step'] }));
      fireEvent.click(screen.getByRole('button', { name: verbs(language)['lab.frame.reset'] }));
      expect([onTrain, onStep, onReset].map((mock) => mock.mock.calls.length)).toEqual([1, 1, 1]);

      rerender(
        <LabToolbar train={{ ...train, running: true }} onStep={onStep} onReset={onReset} />,
      );
      fireEvent.click(screen.getByRole('button', { name: verbs(language)['lab.frame.pause'] }));
      expect(onPause).toHaveBeenCalledTimes(1);
    });
  }

  it('fills One step where nothing trains, and disables what cannot run', () => {
    render(<LabToolbar onStep={() => {}} stepDisabled onReset={() => {}} resetDisabled />);
    const step = screen.getByRole('button', { name: 'Um passo' });
    expect(step).toHaveClass('primary');
    expect(step).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reiniciar' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Treinar' })).not.toBeInTheDocument();
  });

  it('keeps Pause available while a finished run cannot start again', () => {
    const train = { running: false, onTrain: () => {}, onPause: () => {}, disabled: true };
    const { rerender } = render(<LabToolbar train={train} onReset={() => {}} />);
    expect(screen.getByRole('button', { name: 'Treinar' })).toBeDisabled();
    rerender(<LabToolbar train={{ ...train, running: true }} onReset={() => {}} />);
    expect(screen.getByRole('button', { name: 'Pausar' })).toBeEnabled();
  });
});
