import { compileNetwork } from '../../src/core/tape/tape';
import { ClosureTape } from './closure-tape';
import { pack, TASKS } from './tasks';
import { stepsPerSecond } from './timing';

/** Raw forward + backward + SGD rate of a tape-like engine. */
interface Engine {
  parameters: Float64Array;
  gradients: Float64Array;
  forward(
    inputs: Float64Array,
    targets: Float64Array,
    inputOffset: number,
    targetOffset: number,
  ): number;
  backward(): void;
}

function rate(engine: Engine, index: number): number {
  const task = TASKS[index]!;
  engine.parameters.set(task.flat);
  const { inputs, targets } = pack(task.examples);
  const count = task.examples.length;
  const inputSize = task.spec.inputSize;
  const { parameters, gradients } = engine;
  return stepsPerSecond(
    (steps) => {
      for (let step = 0; step < steps; step++) {
        gradients.fill(0);
        for (let example = 0; example < count; example++) {
          engine.forward(inputs, targets, example * inputSize, example);
          engine.backward();
        }
        const scale = task.learningRate / count;
        for (let i = 0; i < parameters.length; i++) parameters[i]! -= scale * gradients[i]!;
      }
    },
    { windowMs: 150 },
  );
}

/** Compares the opcode-switch tape with the closure-per-entry tape on each task. */
export function compareDispatch(): { task: string; switch: number; closures: number }[] {
  return TASKS.map((task, index) => {
    const opcode = compileNetwork(task.spec);
    const closures = new ClosureTape(task.spec, task.flat.length);
    const closureRate = rate(closures, index);
    return { task: task.label, switch: rate(opcode, index), closures: closureRate };
  });
}

if (process.argv[1]?.endsWith('dispatch.ts')) console.table(compareDispatch());
