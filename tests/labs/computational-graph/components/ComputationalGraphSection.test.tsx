import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import ComputationalGraphSection from '../../../../src/labs/computational-graph/components/ComputationalGraphSection';
import { formatValue } from '../../../../src/ui/format';
import { expressionGraph } from '../../../../src/core/network/expression-graph';
import { useComputationalGraphStore } from '../../../../src/labs/computational-graph/store';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { at } from '../../indexing';
import { resetStore } from '../../reset-store';
import { expectSharedVerbs } from '../../toolbar-verbs';
import { computationalGraphMessages } from '../../../../src/labs/computational-graph/messages';

beforeEach(() => {
  resetAppStore();
  resetStore(useComputationalGraphStore);
});

/** The graph computed here from the exercise's session, independently of the section. */
function sessionGraph() {
  const { session } = useAppStore.getState();
  const example = at(session.examples, session.exampleIndex);
  return expressionGraph(session.spec, session.parameters, example);
}

const nodeRow = (label: string) => {
  const table = screen.getByRole('table');
  return within(table)
    .getByRole('rowheader', {
      name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\(agora\\))?$`),
    })
    .closest('tr')!;
};
const gradCell = (label: string) => within(nodeRow(label)).getAllByRole('cell')[3];

/** Clicks "Um passo" until the node labelled `label` is the one just revealed. */
function stepTo(label: string) {
  const graph = sessionGraph();
  const target = graph.nodes.find((node) => node.label === label)!;
  const clicks = graph.nodes.length - target.id; // reverse topological order: ℓ first
  for (let click = 0; click < clicks; click++) {
    fireEvent.click(screen.getByRole('button', { name: 'Um passo' }));
  }
}

describe('computational graph section', () => {
  it('hides every gradient until the backward pass reaches the node', async () => {
    const user = userEvent.setup();
    render(<ComputationalGraphSection />);
    expect(screen.getByRole('status')).toHaveTextContent('Todos os gradientes estão ocultos');
    expect(gradCell('ℓ')).toHaveTextContent('?');
    expect(gradCell('w₁₁')).toHaveTextContent('?');
    await user.click(screen.getByRole('button', { name: 'Um passo' }));
    expect(screen.getByRole('status')).toHaveTextContent('∂ℓ/∂ℓ = 1');
    expect(gradCell('ℓ')).toHaveTextContent(formatValue(1, 'pt-BR'));
    expect(gradCell('w₁₁')).toHaveTextContent('?');
  });

  it('names the local derivative of each step: ∂ℓ/∂a₁ uses v₁', () => {
    render(<ComputationalGraphSection />);
    stepTo('a₁');
    const graph = sessionGraph();
    const node = (label: string) => graph.nodes.find((candidate) => candidate.label === label)!;
    const upstream = formatValue(node('v₁·a₁').grad, 'pt-BR');
    const v1 = formatValue(node('v₁').value, 'pt-BR');
    const a1 = formatValue(node('a₁').grad, 'pt-BR');
    expect(screen.getByRole('status')).toHaveTextContent(
      `∂ℓ/∂a₁ = ∂ℓ/∂(v₁·a₁) · ∂(v₁·a₁)/∂a₁ = (${upstream}) · v₁ (${v1}) = ${a1}`,
    );
    expect(gradCell('a₁')).toHaveTextContent(a1);
    expect(nodeRow('a₁')).toHaveAttribute('aria-current', 'step');
  });

  it('sums the contributions of a node with several users (x₁)', () => {
    render(<ComputationalGraphSection />);
    stepTo('x₁');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(
      '∂ℓ/∂x₁ = ∂ℓ/∂(w₁₁·x₁) · ∂(w₁₁·x₁)/∂x₁ + ∂ℓ/∂(w₂₁·x₁) · ∂(w₂₁·x₁)/∂x₁',
    );
    expect(status).toHaveTextContent('x₁ é usado por 2 nós');
    expect(status).toHaveTextContent(
      formatValue(sessionGraph().nodes.find((n) => n.label === 'x₁')!.grad, 'pt-BR'),
    );
  });

  it('steps back, shows everything and resets', async () => {
    const user = userEvent.setup();
    render(<ComputationalGraphSection />);
    const total = sessionGraph().nodes.length;
    await user.click(screen.getByRole('button', { name: 'Mostrar tudo' }));
    expect(screen.getByText(`Gradientes revelados: ${total} de ${total}`)).toBeInTheDocument();
    expect(gradCell('w₁₁')).toHaveTextContent(
      formatValue(at(sessionGraph().nodes, 1).grad, 'pt-BR'),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Passo de volta completo');
    expect(screen.getByRole('button', { name: 'Um passo' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Nó anterior' }));
    expect(screen.getByText(`Gradientes revelados: ${total - 1} de ${total}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reiniciar' }));
    expect(gradCell('ℓ')).toHaveTextContent('?');
    expect(screen.getByRole('button', { name: 'Nó anterior' })).toBeDisabled();
  });

  it('draws the exercise’s current values and follows its changes', () => {
    render(<ComputationalGraphSection />);
    expect(screen.getByRole('img', { name: /Grafo computacional da perda/ })).toBeInTheDocument();
    act(() =>
      useAppStore.getState().setParameter({ layer: 1, kind: 'weight', row: 0, column: 0 }, 0.45),
    );
    expect(within(nodeRow('v₁')).getAllByRole('cell')[2]).toHaveTextContent(
      formatValue(0.45, 'pt-BR'),
    );
    act(() => useAppStore.getState().setLoss('binaryCrossEntropy'));
    expect(nodeRow('softplus(z_o)')).toBeInTheDocument();
  });

  it('speaks English', () => {
    useAppStore.getState().setLanguage('en');
    render(<ComputationalGraphSection />);
    expect(screen.getByRole('button', { name: 'One step' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show all' })).toBeInTheDocument();
  });
});

describe('its top bar', () => {
  for (const language of ['pt-BR', 'en'] as const) {
    it(`shows the shared verbs, the first one filled (${language})`, () => {
      useAppStore.getState().setLanguage(language);
      render(<ComputationalGraphSection />);
      expectSharedVerbs(
        computationalGraphMessages[language]['lab.computationalGraph.title'],
        ['step', 'reset'],
        language,
      );
    });
  }
});
