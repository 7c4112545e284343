import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ArchitectureSection from '../../../../src/labs/architecture/components/ArchitectureSection';
import { fillHeatmapPixels } from '../../../../src/labs/architecture/model/architecture-palette';
import { architectureRun, useArchitectureStore } from '../../../../src/labs/architecture/store';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { resetStore } from '../../reset-store';
import { formatValue } from '../../../../src/ui/format';
import { expectSharedVerbs } from '../../toolbar-verbs';
import { architectureMessages } from '../../../../src/labs/architecture/messages';

/** A stand-in 2-D context: records the pixels put on the grid canvas and the calls that draw. */
function stubCanvas() {
  const images: Uint8ClampedArray[] = [];
  const context = {
    createImageData: (width: number, height: number) => ({
      data: new Uint8ClampedArray(width * height * 4),
      width,
      height,
    }),
    putImageData: vi.fn((image: { data: Uint8ClampedArray }) => images.push(image.data.slice())),
    drawImage: vi.fn(),
    beginPath: vi.fn(),
    moveTo: vi.fn(),
    lineTo: vi.fn(),
    stroke: vi.fn(),
    fill: vi.fn(),
    rect: vi.fn(),
    arc: vi.fn(),
    setLineDash: vi.fn(),
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () => context as unknown as CanvasRenderingContext2D,
  );
  return { images, context };
}

beforeEach(() => {
  resetAppStore();
  resetStore(useArchitectureStore);
  // jsdom has no 2-D canvas: the map then draws nothing (the first test stubs a context)
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

afterEach(() => {
  vi.useRealTimers();
});

/** The value shown beside a read-out's label. */
const readout = (name: string) =>
  screen.getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;

describe('the architecture lab section', () => {
  it('paints the map from the network output and repaints after a step', async () => {
    const { images, context } = stubCanvas();
    render(<ArchitectureSection />);
    expect(screen.getByRole('heading', { name: 'Arquitetura e dados' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Mapa de decisão/ })).toHaveAttribute(
      'data-testid',
      'lab-heatmap',
    );
    const first = images.at(-1)!;
    const expected = new Uint8ClampedArray(first.length);
    fillHeatmapPixels(architectureRun(useArchitectureStore.getState()).grid, expected);
    expect(first).toEqual(expected);
    // one marker per point: 160 training + 40 test
    expect(context.arc.mock.calls.length + context.rect.mock.calls.length).toBe(200);

    expect(readout('Passo')).toBe('0');
    const lossBefore = readout('Perda de treino (BCE)');
    await userEvent.click(screen.getByRole('button', { name: 'Um passo' }));
    expect(readout('Passo')).toBe('1');
    expect(readout('Perda de treino (BCE)')).not.toBe(lossBefore);
    expect(images.at(-1)).not.toEqual(first);
  });

  it('adds an activation select per hidden layer when the depth changes', async () => {
    render(<ArchitectureSection />);
    expect(screen.getAllByRole('combobox', { name: /Ativação da camada/ })).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Camadas ocultas (1 a 6)'), { target: { value: '4' } });
    expect(screen.getAllByRole('combobox', { name: /Ativação da camada/ })).toHaveLength(4);
    expect(screen.getByText(/Forma da rede: 2–8–8–8–8–1/)).toBeInTheDocument();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Ativação da camada 3' }),
      'relu',
    );
    expect(architectureRun(useArchitectureStore.getState()).spec.layers[2]!.activation).toBe(
      'relu',
    );
  });

  it('clamps a width typed out of range, with a message', () => {
    render(<ArchitectureSection />);
    const width = screen.getByLabelText('Neurônios por camada (1 a 8)');
    fireEvent.change(width, { target: { value: '12' } });
    fireEvent.blur(width);
    expect(width).toHaveValue(8);
    expect(
      screen.getByText(/Neurônios por camada: valor fora da faixa de 1 a 8; usado 8/),
    ).toBeInTheDocument();
  });

  it('shows no test numbers and fixes the data for XOR', async () => {
    render(<ArchitectureSection />);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Conjunto de dados' }),
      'xor',
    );
    expect(readout('Perda de teste (BCE)')).toBe('sem conjunto de teste');
    expect(screen.getByLabelText('Ruído (0 a 1)')).toBeDisabled();
    // four points: the text alternative lists ŷ at each one
    await userEvent.click(screen.getByText('Descrição do mapa e valores atuais'));
    const table = screen.getByRole('table', { name: 'Saída da rede em cada ponto' });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    // pt-BR separates the coordinates with “;” (its decimal mark is the comma)
    const [zero, one] = [formatValue(0, 'pt-BR'), formatValue(1, 'pt-BR')];
    expect(within(table).getByRole('rowheader', { name: `(${zero}; ${one})` })).toBeInTheDocument();
  });

  it('writes a point as (x₁, x₂) in English', async () => {
    useAppStore.getState().setLanguage('en');
    render(<ArchitectureSection />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), 'xor');
    await userEvent.click(screen.getByText('Description of the map and current values'));
    const table = screen.getByRole('table', { name: 'Network output at each point' });
    const [zero, one] = [formatValue(0, 'en'), formatValue(1, 'en')];
    expect(within(table).getByRole('rowheader', { name: `(${one}, ${zero})` })).toBeInTheDocument();
  });

  it('trains with "Treinar", pauses with "Pausar" and announces the pause', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    render(<ArchitectureSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Treinar' }));
    expect(screen.getByText('Treinando…')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(200);
    });
    const steps = useArchitectureStore.getState().stats!.step;
    expect(steps).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Pausar' }));
    expect(screen.getByRole('button', { name: 'Treinar' })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`Treino pausado no passo ${steps}:`))).toBeInTheDocument();
  });

  it('draws a new data set with "Nova semente"', async () => {
    render(<ArchitectureSection />);
    await userEvent.click(screen.getByRole('button', { name: 'Nova semente' }));
    expect(screen.getByLabelText('Semente')).toHaveValue(
      useArchitectureStore.getState().config.seed,
    );
    expect(useArchitectureStore.getState().config.seed).not.toBe(42);
  });

  it('speaks English', () => {
    useAppStore.getState().setLanguage('en');
    render(<ArchitectureSection />);
    expect(screen.getByRole('button', { name: 'Train' })).toBeInTheDocument();
    expect(screen.getByLabelText('Hidden layers (1 to 6)')).toHaveValue(2);
  });
});

describe('its top bar', () => {
  for (const language of ['pt-BR', 'en'] as const) {
    it(`shows the shared verbs, the first one filled (${language})`, () => {
      useAppStore.getState().setLanguage(language);
      render(<ArchitectureSection />);
      expectSharedVerbs(
        architectureMessages[language]['lab.architecture.title'],
        ['train', 'step', 'reset'],
        language,
      );
    });
  }
});
