import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Lesson } from '../../../../src/content/lesson/lesson-types';
import { traceExample } from '../../../../src/core/network/trace';
import { LESSON_NETWORK } from '../../../../src/features/exercise';
import { DRAWN_FIGURES } from '../../../../src/features/lesson/hero/HeroNetwork';
import { edgeWidth } from '../../../../src/features/lesson/hero/hero-network';
import { LessonView } from '../../../../src/features/lesson/renderer/LessonView';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { formatField, formatValue } from '../../../../src/ui/format';
import { paragraph, text } from '../../../fixtures/lesson-fixture';

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

/** A lesson whose second section holds the exercise, inside a callout. */
const lesson: Lesson = {
  title: 'Backpropagation: como uma rede neural aprende',
  preamble: [paragraph(text('Você já conhece o perceptron.')), { type: 'quizIntro' }],
  sections: [
    { id: 'introducao', title: [text('Introdução')], titleText: 'Introdução', blocks: [] },
    {
      id: 'exercicio',
      title: [text('Exercício interativo')],
      titleText: 'Exercício interativo',
      blocks: [
        {
          type: 'callout',
          kind: 'tip',
          title: null,
          collapsible: null,
          children: [{ type: 'widget', name: 'backprop-widget', attributes: {} }],
        },
      ],
    },
  ],
};

/** What the core computes for the exercise's starting network. */
const start = traceExample(LESSON_NETWORK.spec, LESSON_NETWORK.parameters, LESSON_NETWORK.example);
const weights = LESSON_NETWORK.parameters.flatMap((layer) => layer.weights.flat());

const figure = () => screen.getByRole('img', { name: /A rede 2–2–1 do exercício/ });
const drawnText = (name: string) =>
  figure().querySelector(`[data-node="${name}"] .hero-node-value`)?.textContent;

describe('the lesson’s first screen', () => {
  it('has the title as the one h1, a promise, and a link to the exercise’s section', () => {
    render(<LessonView lesson={lesson} />);
    const headings = screen.getAllByRole('heading');
    expect(headings[0]).toHaveAccessibleName(lesson.title);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // the h1 comes before every h2 in the page's order
    expect(headings.slice(1).every((heading) => heading.tagName !== 'H1')).toBe(true);
    expect(screen.getByText(/o erro da saída volta camada por camada/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ir para o exercício interativo' })).toHaveAttribute(
      'href',
      '#exercicio',
    );
  });

  it('offers no exercise link in a lesson without the exercise', () => {
    render(<LessonView lesson={{ ...lesson, sections: lesson.sections.slice(0, 1) }} />);
    expect(screen.queryByRole('link', { name: /exercício interativo/ })).toBeNull();
    expect(figure()).toBeInTheDocument();
  });

  it('draws the exercise’s starting network with the core’s numbers', () => {
    render(<LessonView lesson={lesson} />);
    const [hidden, output] = start.layers;
    expect(drawnText('x₁')).toBe(formatField(start.input[0]!, 'pt-BR'));
    expect(drawnText('x₂')).toBe(formatField(start.input[1]!, 'pt-BR'));
    expect(drawnText('a₁')).toBe(formatValue(hidden!.a[0]!, 'pt-BR', DRAWN_FIGURES));
    expect(drawnText('a₂')).toBe(formatValue(hidden!.a[1]!, 'pt-BR', DRAWN_FIGURES));
    expect(drawnText('ŷ')).toBe(formatValue(output!.a[0]!, 'pt-BR', DRAWN_FIGURES));
    expect(figure().querySelector('[data-value="loss"]')).toHaveTextContent(
      `L = ${formatValue(start.loss, 'pt-BR', DRAWN_FIGURES)}`,
    );
    // one line per weight, as wide as |w| says and dashed when negative
    const lines = [...figure().querySelectorAll('line')];
    expect(lines.map((line) => Number(line.getAttribute('stroke-width')))).toEqual(
      weights.map(edgeWidth),
    );
    expect(lines.map((line) => line.dataset.negative === 'true')).toEqual(
      weights.map((weight) => weight < 0),
    );
    expect(lines.map((line) => line.dataset.parameter)).toEqual([
      'w₁₁',
      'w₁₂',
      'w₂₁',
      'w₂₂',
      'v₁',
      'v₂',
    ]);
  });

  it('names the figure with every value at the display’s precision', () => {
    render(<LessonView lesson={lesson} />);
    const name = figure().getAttribute('aria-label') ?? '';
    expect(name).toContain(`ŷ = ${formatValue(start.prediction[0]!, 'pt-BR')}`);
    expect(name).toContain(`L = ${formatValue(start.loss, 'pt-BR')}`);
    expect(name).toContain(`v₁ = ${formatValue(weights[4]!, 'pt-BR')}`);
    expect(figure()).toHaveAccessibleDescription(/tracejada se negativo/);
    expect(screen.getByRole('figure', { name: /como está agora/ })).toContainElement(figure());
  });

  it('follows the exercise: new weights redraw it, in the current language', () => {
    render(<LessonView lesson={lesson} />);
    const spec = LESSON_NETWORK.spec;
    const parameters = [
      {
        weights: [
          [-1, 0.5],
          [0.25, 2],
        ],
        biases: [0, 0],
      },
      { weights: [[1.5, -0.5]], biases: [0.1] },
    ];
    const trace = traceExample(spec, parameters, LESSON_NETWORK.example);
    act(() => {
      useAppStore.setState((state) => ({ session: { ...state.session, parameters, trace } }));
      useAppStore.getState().setLanguage('en');
    });
    const drawn = screen.getByRole('img', { name: /The exercise’s 2–2–1 network/ });
    expect(drawn.querySelector('[data-node="ŷ"] .hero-node-value')).toHaveTextContent(
      formatValue(trace.prediction[0]!, 'en', DRAWN_FIGURES),
    );
    expect(drawn.querySelector('[data-parameter="w₁₁"]')).toHaveAttribute(
      'stroke-width',
      String(edgeWidth(-1)),
    );
  });
});

describe('the saved-answers notice', () => {
  it('is one short line, with the whole notice and its reset button on demand', async () => {
    const user = userEvent.setup();
    const { container } = render(<LessonView lesson={lesson} />);
    const details = container.querySelector('details.saved-answers') as HTMLDetailsElement;
    const summary = within(details).getByText('Respostas salvas só neste navegador.');
    expect(summary.closest('summary')).toHaveTextContent(
      'Respostas salvas só neste navegador. Detalhes',
    );
    expect(details.open).toBe(false);
    await user.click(within(details).getByText('Detalhes'));
    expect(details.open).toBe(true);
    const intro = within(details).getByRole('note', { name: 'Sobre as perguntas' });
    expect(intro).toHaveTextContent('nada é enviado a um servidor');
    expect(within(intro).getByRole('button', { name: 'Zerar progresso' })).toBeInTheDocument();
  });

  it('says where the answers go inside an LMS', () => {
    useAppStore.setState({ progressHome: { kind: 'lms', name: 'Moodle', review: false } });
    render(<LessonView lesson={lesson} />);
    expect(screen.getByText('Respostas enviadas a Moodle.')).toBeInTheDocument();
  });
});

describe('edge widths', () => {
  it('grow with |w| from 1 px, up to 9 px', () => {
    expect(edgeWidth(0)).toBe(1);
    expect(edgeWidth(-0.5)).toBe(edgeWidth(0.5));
    expect(edgeWidth(0.5)).toBeGreaterThan(edgeWidth(0.25));
    expect(edgeWidth(100)).toBe(9);
    expect(edgeWidth(Number.NaN)).toBe(9);
  });
});
