import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Block, Lesson } from '../../../../src/content/lesson/lesson-types';
import { LessonView } from '../../../../src/features/lesson/renderer/LessonView';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { paragraph, text } from '../../../fixtures/lesson-fixture';

beforeEach(() => {
  resetAppStore();
  localStorage.clear();
});

/** A lesson whose one section holds `blocks`. */
function lessonWith(blocks: Block[]): Lesson {
  return {
    title: 'Backpropagation',
    preamble: [],
    sections: [{ id: 'secao', title: [text('Seção')], titleText: 'Seção', blocks }],
  };
}

const callout = (
  kind: string,
  title: string | null,
  collapsible: 'closed' | 'open' | null = null,
): Block => ({
  type: 'callout',
  kind,
  title: title === null ? null : [text(title)],
  collapsible,
  children: [paragraph(text(`Corpo ${kind}`))],
});

describe('the lesson renderer', () => {
  it('draws the title, sections and headings with stable anchors and a "#" link', () => {
    render(
      <LessonView
        lesson={lessonWith([
          { type: 'heading', depth: 3, id: 'mse', children: [text('Erro quadrático')] },
        ])}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Backpropagation' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Seção' })).toHaveAttribute('id', 'secao');
    expect(screen.getByRole('heading', { level: 3, name: 'Erro quadrático' })).toHaveAttribute(
      'id',
      'mse',
    );
    const anchor = screen.getByRole('link', { name: 'Link direto para “Erro quadrático”' });
    expect(anchor).toHaveAttribute('href', '#mse');
    expect(anchor).toHaveTextContent('#');
    expect(screen.getByRole('region', { name: 'Seção' })).toBeInTheDocument();
  });

  it('draws inline formatting, links and images', () => {
    render(
      <LessonView
        lesson={lessonWith([
          paragraph(
            { type: 'emphasis', children: [text('ênfase')] },
            { type: 'strong', children: [text('forte')] },
            { type: 'delete', children: [text('riscado')] },
            { type: 'inlineCode', value: 'loss.backward()' },
            { type: 'break' },
            { type: 'link', url: 'https://pytorch.org', children: [text('PyTorch')] },
            { type: 'link', url: '#secao', children: [text('acima')] },
            { type: 'link', url: 'javascript:alert(1)', children: [text('perigoso')] },
            { type: 'image', src: 'superficie.png', alt: 'Superfície de perda' },
            { type: 'image', src: 'data:image/svg+xml,<svg/>', alt: 'embutida' },
          ),
        ])}
      />,
    );
    expect(screen.getByText('ênfase').tagName).toBe('EM');
    expect(screen.getByText('forte').tagName).toBe('STRONG');
    expect(screen.getByText('riscado').tagName).toBe('DEL');
    expect(screen.getByText('loss.backward()').tagName).toBe('CODE');
    const external = screen.getByRole('link', { name: 'PyTorch' });
    expect(external).toHaveAttribute('href', 'https://pytorch.org');
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    expect(external).not.toHaveAttribute('target');
    expect(screen.getByRole('link', { name: 'acima' })).not.toHaveAttribute('rel');
    expect(screen.queryByRole('link', { name: 'perigoso' })).toBeNull();
    expect(screen.getByText('perigoso')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Superfície de perda' })).toHaveAttribute(
      'src',
      'superficie.png',
    );
    expect(screen.queryByRole('img', { name: 'embutida' })).toBeNull();
  });

  it('renders HTML-looking text as text', () => {
    const { container } = render(
      <LessonView
        lesson={lessonWith([
          paragraph(text('<b>negrito?</b> <img src=x onerror=alert(1)>')),
          { type: 'code', language: 'html', value: '<script>alert(1)</script>' },
        ])}
      />,
    );
    expect(screen.getByText('<b>negrito?</b> <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('b, script, img')).toBeNull();
  });

  it('renders inline and display math with KaTeX, and a visible message for bad TeX', () => {
    const { container } = render(
      <LessonView
        lesson={lessonWith([
          paragraph(text('A perda '), { type: 'inlineMath', tex: 'L = \\tfrac12 (y - \\hat y)^2' }),
          { type: 'math', tex: '\\theta \\leftarrow \\theta - \\eta \\nabla J(\\theta)' },
        ])}
      />,
    );
    expect(container.querySelectorAll('.katex')).toHaveLength(2);
    expect(container.querySelectorAll('.katex-display')).toHaveLength(1);
    expect(container.querySelector('.katex-error')).toBeNull();
    expect(screen.queryByText(/Fórmula com erro/)).toBeNull();
  });

  it('shows a visible error for TeX that does not parse', () => {
    render(<LessonView lesson={lessonWith([{ type: 'math', tex: '\\frac{1}{' }])} />);
    expect(screen.getByRole('note')).toHaveTextContent('Fórmula com erro');
    expect(screen.getByRole('note')).toHaveTextContent('\\frac{1}{');
  });

  it('draws lists, quotes, tables, rules and labelled code', () => {
    const { container } = render(
      <LessonView
        lesson={lessonWith([
          {
            type: 'list',
            ordered: true,
            start: 3,
            items: [[paragraph(text('forward'))], [paragraph(text('backward'))]],
          },
          { type: 'list', ordered: false, start: null, items: [[paragraph(text('ReLU'))]] },
          { type: 'blockquote', children: [paragraph(text('Citação do curso'))] },
          {
            type: 'table',
            align: [null, 'right'],
            rows: [
              [[text('Ativação')], [text('Derivada máxima')]],
              [[text('Sigmoid')], [text('0,25')]],
            ],
          },
          { type: 'thematicBreak' },
          { type: 'code', language: 'python', value: 'for epoch in range(10):\n    pass' },
          { type: 'code', language: null, value: 'Input → Output' },
        ])}
      />,
    );
    const [ordered, unordered] = within(screen.getByRole('article')).getAllByRole('list');
    expect(ordered?.tagName).toBe('OL');
    expect(ordered).toHaveAttribute('start', '3');
    expect(within(ordered as HTMLElement).getAllByRole('listitem')).toHaveLength(2);
    expect(unordered?.tagName).toBe('UL');
    expect(screen.getByText('Citação do curso').closest('blockquote')).not.toBeNull();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Derivada máxima' })).toHaveStyle({
      textAlign: 'right',
    });
    expect(within(table).getByRole('cell', { name: 'Sigmoid' })).toBeInTheDocument();
    expect(screen.getByRole('separator')).toBeInTheDocument();
    const python = screen.getByRole('figure', { name: 'Código python' });
    expect(within(python).getByText(/for epoch in range/).tagName).toBe('CODE');
    expect(container.querySelector('pre code')?.textContent).toBe(
      'for epoch in range(10):\n    pass',
    );
    expect(screen.getByRole('figure', { name: 'Texto' })).toHaveTextContent('Input → Output');
  });

  it('labels callouts by kind in words, with their titles', () => {
    render(
      <LessonView
        lesson={lessonWith([
          callout('note', 'Notação'),
          callout('tip', 'Regra prática'),
          callout('warning', null),
          callout('danger', 'Gradiente explosivo'),
          callout('question', 'Pense'),
          callout('example', 'XOR'),
          callout('info', null),
          callout('hint', 'Apelido'),
          callout('exercicio', 'Tipo desconhecido'),
        ])}
      />,
    );
    const note = (name: string) => screen.getByRole('note', { name });
    expect(note('Nota: Notação')).toHaveTextContent('Corpo note');
    expect(note('Dica: Regra prática')).toHaveClass('callout-tip');
    expect(note('Atenção')).toHaveClass('callout-warning');
    expect(note('Perigo: Gradiente explosivo')).toHaveClass('callout-danger');
    expect(note('Pergunta: Pense')).toHaveClass('callout-question');
    expect(note('Exemplo: XOR')).toHaveClass('callout-example');
    expect(note('Informação')).toHaveClass('callout-info');
    expect(note('Dica: Apelido')).toHaveClass('callout-tip');
    expect(note('exercicio: Tipo desconhecido')).toHaveClass('callout-note');
  });

  it('makes ??? callouts closed <details> and ???+ open ones', async () => {
    const user = userEvent.setup();
    render(
      <LessonView
        lesson={lessonWith([
          callout('question', 'Fechado', 'closed'),
          callout('tip', 'Aberto', 'open'),
        ])}
      />,
    );
    const closed = screen.getByText('Fechado').closest('details') as HTMLElement;
    const open = screen.getByText('Aberto').closest('details') as HTMLElement;
    expect(closed).not.toHaveAttribute('open');
    expect(screen.getByText('Corpo question')).not.toBeVisible();
    expect(open).toHaveAttribute('open');
    expect(screen.getByText('Corpo tip')).toBeVisible();
    await user.click(within(closed).getByText('Fechado'));
    expect(closed).toHaveAttribute('open');
    expect(screen.getByText('Corpo question')).toBeVisible();
  });

  it('mounts registered widgets with their attributes and skips the others', () => {
    const Probe = ({ attributes }: { attributes: Record<string, string> }) => (
      <p>widget {attributes['data-video-id']}</p>
    );
    render(
      <LessonView
        lesson={lessonWith([
          { type: 'widget', name: 'video', attributes: { 'data-video-id': 'abc' } },
          { type: 'widget', name: 'loss-surface', attributes: {} },
        ])}
        widgets={{ video: Probe }}
      />,
    );
    expect(screen.getByText('widget abc')).toBeInTheDocument();
    expect(document.querySelectorAll('.lesson-widget')).toHaveLength(1);
  });

  it('draws the quiz intro and results panel in place', () => {
    render(<LessonView lesson={lessonWith([{ type: 'quizIntro' }, { type: 'quizResults' }])} />);
    expect(screen.getByRole('note', { name: 'Sobre as perguntas' })).toHaveTextContent(
      'neste navegador',
    );
    expect(screen.getByRole('region', { name: 'Seu progresso nas perguntas' })).toBeInTheDocument();
  });

  it('follows the interface language', () => {
    useAppStore.getState().setLanguage('en');
    render(<LessonView lesson={lessonWith([callout('tip', 'Rule of thumb')])} />);
    expect(screen.getByRole('note', { name: 'Tip: Rule of thumb' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'In this lesson' })).toBeInTheDocument();
  });
});
