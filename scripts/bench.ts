import { graphGradients } from '../src/core/network/graph-network';
import { cloneParameters } from '../src/core/network/parameters';
import { createTrainer } from '../src/core/training/trainer';
import type { NetworkParameters } from '../src/core/types';
import { compareDispatch } from './bench/dispatch';
import { ReferenceNetwork } from './bench/reference';
import { pack, TASKS } from './bench/tasks';
import type { BenchTask } from './bench/tasks';
import { stepsPerSecond } from './bench/timing';

const HEAP_STEPS = 1_000_000;

/** θ ← θ − η·g on plain nested arrays. */
function descend(parameters: NetworkParameters, gradients: NetworkParameters, rate: number): void {
  parameters.forEach((layer, l) => {
    layer.weights.forEach((row, i) =>
      row.forEach((_, j) => (row[j]! -= rate * gradients[l]!.weights[i]![j]!)),
    );
    layer.biases.forEach((_, i) => (layer.biases[i]! -= rate * gradients[l]!.biases[i]!));
  });
}

function trainerFor(task: BenchTask) {
  return createTrainer(task.spec, task.parameters, task.examples, {
    learningRate: task.learningRate,
    optimizer: { name: 'sgd' },
    batchSize: 0,
    seed: 1,
  });
}

function measure(task: BenchTask) {
  const trainer = trainerFor(task);
  const tape = stepsPerSecond((steps) => {
    for (let step = 0; step < steps; step++) trainer.step();
  });
  const reference = new ReferenceNetwork(task.spec, task.flat);
  const { inputs, targets } = pack(task.examples);
  const count = task.examples.length;
  const referenceRate = stepsPerSecond((steps) => {
    for (let step = 0; step < steps; step++)
      reference.step(inputs, targets, count, task.learningRate);
  });
  const parameters = cloneParameters(task.parameters);
  const graph = stepsPerSecond(
    (steps) => {
      for (let step = 0; step < steps; step++) {
        const { gradients } = graphGradients(task.spec, parameters, task.examples);
        descend(parameters, gradients, task.learningRate);
      }
    },
    { warmupMs: 300, windowMs: 300, windows: 3 },
  );
  return { tape, reference: referenceRate, graph };
}

function heapGrowth(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (npm run bench)');
  const trainer = trainerFor(TASKS[0]!);
  for (let step = 0; step < 10_000; step++) trainer.step();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let step = 0; step < HEAP_STEPS; step++) trainer.step();
  gc();
  return process.memoryUsage().heapUsed - before;
}

const format = (rate: number) => Math.round(rate).toLocaleString('en-US');
const rows = TASKS.map((task) => {
  const { tape, reference, graph } = measure(task);
  return {
    task: task.label,
    'tape steps/s': format(tape),
    'reference steps/s': format(reference),
    'graph steps/s': format(graph),
    'tape/reference': (tape / reference).toFixed(2),
    'tape/graph': (tape / graph).toFixed(0),
  };
});
console.table(rows);
const growth = heapGrowth();
console.log(
  `heap growth over ${format(HEAP_STEPS)} steps of (a): ${(growth / 1024).toFixed(1)} KiB`,
);
console.log(
  '\ndispatch: raw tape forward + backward + SGD, opcode switch vs a closure pair per entry',
);
console.table(
  compareDispatch().map((row) => ({
    task: row.task,
    'switch steps/s': format(row.switch),
    'closures steps/s': format(row.closures),
    'switch/closures': (row.switch / row.closures).toFixed(2),
  })),
);
console.log(
  'targets: tape ≥ 0.8× reference on (a), (b), (c); tape ≥ 100× graph on (c); heap growth < 1 MB',
);
