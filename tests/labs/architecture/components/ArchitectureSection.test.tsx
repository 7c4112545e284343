import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ArchitectureSection from '../../../../src/labs/architecture/components/ArchitectureSection';
import {
  fillHeatmapPixels,
  fillNeuronPixels,
} from '../../../../src/labs/architecture/model/architecture-palette';
import { GRID_RESOLUTION } from '../../../../src/labs/architecture/model/architecture-run';
import {
  ARCHITECTURE_DEFAULTS,
  architectureRun,
  useArchitectureStore,
} from '../../../../src/labs/architecture/store';
import { resetAppStore, useAppStore } from '../../../../src/store/store';
import { resetStore } from '../../reset-store';
import { formatField, formatValue } from '../../../../src/ui/format';
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
    // the decision map's images are the ones of GRID_RESOLUTION² pixels (the neurons' are smaller)
    const mapImages = () => images.filter((image) => image.length === GRID_RESOLUTION ** 2 * 4);
    const first = mapImages().at(-1)!;
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
    expect(mapImages().at(-1)).not.toEqual(first);
  });

  it('adds an activation select per hidden layer when a layer is added', async () => {
    render(<ArchitectureSection />);
    expect(screen.getAllByRole('combobox', { name: /Ativação da camada/ })).toHaveLength(2);
    const add = screen.getByRole('button', { name: 'Adicionar camada oculta' });
    await userEvent.click(add);
    await userEvent.click(add);
    expect(screen.getAllByRole('combobox', { name: /Ativação da camada/ })).toHaveLength(4);
    expect(screen.getByText('Forma da rede: 2–8–8–8–8–1')).toBeInTheDocument();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Ativação da camada 3' }),
      'relu',
    );
    expect(architectureRun(useArchitectureStore.getState()).spec.layers[2]!.activation).toBe(
      'relu',
    );
  });

  it('clamps a batch size typed out of range, with a message', () => {
    render(<ArchitectureSection />);
    const batch = screen.getByLabelText('Tamanho do lote (1 a 200)');
    fireEvent.change(batch, { target: { value: '500' } });
    fireEvent.blur(batch);
    expect(batch).toHaveValue('200');
    expect(
      screen.getByText('Tamanho do lote: valor fora da faixa de 1 a 200; usado 200.'),
    ).toBeInTheDocument();
  });

  it('shows no test numbers and fixes the data for XOR', async () => {
    render(<ArchitectureSection />);
    const picker = screen.getByRole('group', { name: 'Conjunto de dados' });
    await userEvent.click(within(picker).getByRole('button', { name: 'XOR' }));
    expect(within(picker).getByRole('button', { name: 'XOR' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(picker).getByRole('button', { name: 'Círculo' })).toHaveAttribute(
      'aria-pressed',
      'false',
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
    await userEvent.click(screen.getByRole('button', { name: 'XOR' }));
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
      String(useArchitectureStore.getState().config.seed),
    );
    expect(useArchitectureStore.getState().config.seed).not.toBe(42);
  });

  it('speaks English', () => {
    useAppStore.getState().setLanguage('en');
    render(<ArchitectureSection />);
    expect(screen.getByRole('button', { name: 'Train' })).toBeInTheDocument();
    expect(screen.getByText('Hidden layers: 2')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Neuron 2 of layer 1' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Output ŷ (layer 3)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a neuron to layer 2' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'sin x₁' })).toHaveAttribute('aria-pressed', 'false');
  });
});

/** The input nodes drawn in the network, by their names. */
const inputNodes = () => screen.getAllByRole('img', { name: /^Entrada / });
/** The neurons drawn in hidden layer `layer` (counted from 1). */
const layerNodes = (layer: number) =>
  screen.getAllByRole('img', { name: new RegExp(`^Neurônio \\d+ da camada ${layer}$`) });

describe('its network drawing', () => {
  it('draws one input node per feature switched on', async () => {
    render(<ArchitectureSection />);
    const inputs = screen.getByRole('group', { name: 'Entradas' });
    expect(inputNodes().map((node) => node.getAttribute('aria-label'))).toEqual([
      'Entrada x₁',
      'Entrada x₂',
    ]);
    const squared = within(inputs).getByRole('button', { name: 'x₁²' });
    expect(squared).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(squared);
    expect(squared).toHaveAttribute('aria-pressed', 'true');
    expect(inputNodes()).toHaveLength(3);
    expect(screen.getByRole('img', { name: 'Entrada x₁²' })).toBeInTheDocument();
    expect(screen.getByText('Forma da rede: 3–8–8–1')).toBeInTheDocument();
    await userEvent.click(within(inputs).getByRole('button', { name: 'x₁' }));
    expect(inputNodes()).toHaveLength(2);
    expect(architectureRun(useArchitectureStore.getState()).spec.inputSize).toBe(2);
  });

  it('keeps the last input on: its button cannot be switched off', async () => {
    render(<ArchitectureSection />);
    const inputs = screen.getByRole('group', { name: 'Entradas' });
    await userEvent.click(within(inputs).getByRole('button', { name: 'x₁' }));
    const last = within(inputs).getByRole('button', { name: 'x₂' });
    expect(last).toHaveAttribute('aria-pressed', 'true');
    expect(last).toBeDisabled();
    expect(inputNodes()).toHaveLength(1);
  });

  it('adds and removes neurons with + and −, disabled at the limits', async () => {
    render(<ArchitectureSection />);
    expect(layerNodes(1)).toHaveLength(8);
    const add = screen.getByRole('button', { name: 'Adicionar neurônio à camada 1' });
    const remove = screen.getByRole('button', { name: 'Remover neurônio da camada 1' });
    expect(add).toBeDisabled();
    await userEvent.click(remove);
    expect(layerNodes(1)).toHaveLength(7);
    expect(screen.getByText('7 neurônios')).toBeInTheDocument();
    expect(add).toBeEnabled();
    await userEvent.click(add);
    expect(layerNodes(1)).toHaveLength(8);
    for (let press = 0; press < 7; press++) await userEvent.click(remove);
    expect(layerNodes(1)).toHaveLength(1);
    expect(screen.getByText('1 neurônio')).toBeInTheDocument();
    expect(remove).toBeDisabled();
    expect(layerNodes(2)).toHaveLength(8);
  });

  it('removes hidden layers down to none, then only + stays enabled', async () => {
    render(<ArchitectureSection />);
    const remove = screen.getByRole('button', { name: 'Remover camada oculta' });
    await userEvent.click(remove);
    await userEvent.click(remove);
    expect(remove).toBeDisabled();
    expect(screen.queryAllByRole('img', { name: /^Neurônio / })).toHaveLength(0);
    expect(screen.getByRole('img', { name: 'Saída ŷ (camada 1)' })).toBeInTheDocument();
    expect(screen.getByText('Forma da rede: 2–1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Adicionar camada oculta' })).toBeEnabled();
  });

  it('paints each neuron from its grid in the run', () => {
    const { images } = stubCanvas();
    render(<ArchitectureSection />);
    const run = architectureRun(useArchitectureStore.getState());
    const cells = run.neuronResolution ** 2;
    // one picture per input, hidden neuron and output, plus the decision map
    const nodes = 2 + 8 + 8 + 1;
    expect(images.length).toBeGreaterThanOrEqual(nodes + 1);
    // neuron 4 of layer 1, as its canvas should show it
    const expected = new Uint8ClampedArray(cells * 4);
    fillNeuronPixels(run.neuronGrids[0]!, expected, 3 * cells, cells);
    expect(images).toContainEqual(expected);
    // and the output node in the map's palette
    const output = new Uint8ClampedArray(cells * 4);
    fillHeatmapPixels(run.neuronGrids[2]!, output, 0, cells);
    expect(images).toContainEqual(output);
  });

  it('draws the loss over the steps as a named picture', async () => {
    render(<ArchitectureSection />);
    const chart = screen.getByRole('img', {
      name: 'Perda de treino e de teste ao longo dos passos',
    });
    const train = chart.querySelector('.architecture-sparkline-train')!;
    expect(train.getAttribute('points')!.split(' ')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Um passo' }));
    await userEvent.click(screen.getByRole('button', { name: 'Um passo' }));
    expect(train.getAttribute('points')!.split(' ')).toHaveLength(3);
  });
});

describe('its number fields', () => {
  it('write the learning rate with the decimal comma and read a typed comma back', () => {
    render(<ArchitectureSection />);
    const rate = screen.getByLabelText('Taxa de aprendizado η (0,0001 a 10)');
    expect(rate).toHaveValue(formatField(ARCHITECTURE_DEFAULTS.learningRate, 'pt-BR'));
    expect((rate as HTMLInputElement).value).toContain(',');
    fireEvent.change(rate, { target: { value: '0,5' } });
    expect(useArchitectureStore.getState().config.learningRate).toBe(0.5);
    fireEvent.blur(rate);
    expect(rate).toHaveValue(formatField(0.5, 'pt-BR'));
  });

  it('write the noise beside its slider in the app’s format', () => {
    render(<ArchitectureSection />);
    const noise = screen.getByRole('slider', { name: 'Ruído (0 a 1)' });
    fireEvent.change(noise, { target: { value: '0.35' } });
    expect(useArchitectureStore.getState().config.noise).toBe(0.35);
    expect(noise.parentElement!.querySelector('output')).toHaveTextContent(
      formatField(0.35, 'pt-BR'),
    );
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
