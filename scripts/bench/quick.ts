import { createTrainer } from '../../src/core/training/trainer';
import { ReferenceNetwork } from './reference';
import { pack, TASKS } from './tasks';
import { stepsPerSecond } from './timing';

const which = (process.argv[2] ?? '01').split('').map(Number);
for (const index of which) {
  const task = TASKS[index]!;
  const trainer = createTrainer(task.spec, task.parameters, task.examples, {
    learningRate: task.learningRate,
    optimizer: { name: 'sgd' },
    batchSize: 0,
    seed: 1,
  });
  const reference = new ReferenceNetwork(task.spec, task.flat);
  const { inputs, targets } = pack(task.examples);
  const count = task.examples.length;
  const results: string[] = [];
  for (let round = 0; round < 2; round++) {
    const tape = stepsPerSecond(
      (steps) => {
        for (let s = 0; s < steps; s++) trainer.step();
      },
      { windows: 5, windowMs: 150 },
    );
    const ref = stepsPerSecond(
      (steps) => {
        for (let s = 0; s < steps; s++) reference.step(inputs, targets, count, task.learningRate);
      },
      { windows: 5, windowMs: 150 },
    );
    results.push(
      `${(tape / 1e6).toFixed(3)}M vs ${(ref / 1e6).toFixed(3)}M = ${(tape / ref).toFixed(2)}`,
    );
  }
  console.log(task.label, results.join(' | '));
}
