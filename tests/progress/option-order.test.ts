import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatOrderKey,
  isOrderKey,
  optionOrder,
  orderSeed,
} from '../../src/progress/option-order';

const learners = (count: number) => Array.from({ length: count }, (_, index) => `learner-${index}`);

/** Every order of 0…count−1 (count! of them). */
function permutations(count: number): string[] {
  const all: number[][] = [[]];
  for (let size = 0; size < count; size++) {
    const longer = all
      .splice(0)
      .flatMap((order) =>
        Array.from({ length: size + 1 }, (_, at) => [
          ...order.slice(0, at),
          size,
          ...order.slice(at),
        ]),
      );
    all.push(...longer);
  }
  return all.map((order) => order.join());
}

describe('the options’ order', () => {
  it('is a permutation of the options, for any learner, attempt, quiz and count', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.nat(12), (learner, attempt, id, n) => {
        const order = optionOrder(n, { learner, attempt }, id);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
    );
  });

  it('is the same every time for the same learner, attempt and quiz (a reload)', () => {
    const seed = { learner: 'ana', attempt: 'k3y0f1234' };
    const first = optionOrder(4, seed, 'phase-order');
    for (let again = 0; again < 5; again++) {
      expect(optionOrder(4, { ...seed }, 'phase-order')).toEqual(first);
    }
  });

  it('differs across learners: many orders, and every option comes first for someone', () => {
    const orders = learners(200).map((learner) =>
      optionOrder(4, { learner, attempt: 'attempt01' }, 'phase-order'),
    );
    expect(new Set(orders.map((order) => order.join())).size).toBeGreaterThan(1);
    expect(new Set(orders.map((order) => order[0]))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('draws every one of the 24 orders of 4 options over 2,000 learners, none far too often', () => {
    const counts = new Map<string, number>();
    for (const learner of learners(2000)) {
      const key = optionOrder(4, { learner, attempt: 'attempt01' }, 'phase-order').join();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(permutations(4).sort());
    // about 83 each when uniform; a biased shuffle would pile several times that on a few orders
    expect(Math.max(...counts.values())).toBeLessThan((2 * 2000) / 24);
  });

  it('changes with a new attempt: the same learner sees other orders in other attempts', () => {
    const orders = Array.from({ length: 100 }, (_, attempt) =>
      optionOrder(4, { learner: 'ana', attempt: `attempt${attempt}` }, 'phase-order'),
    );
    expect(new Set(orders.map((order) => order.join())).size).toBeGreaterThan(1);
    expect(new Set(orders.map((order) => order[0]))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('differs from quiz to quiz for one learner and attempt', () => {
    const seed = { learner: 'ana', attempt: 'attempt01' };
    const orders = Array.from({ length: 50 }, (_, quiz) => optionOrder(4, seed, `quiz-${quiz}`));
    expect(new Set(orders.map((order) => order[0]))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('keeps the names apart: moving a character from one name to the next changes the seed', () => {
    expect(orderSeed('ab', 'c', 'q')).not.toBe(orderSeed('a', 'bc', 'q'));
    expect(orderSeed('a', 'b', 'cq')).not.toBe(orderSeed('a', 'bc', 'q'));
    expect(orderSeed('', '', '')).toBe(orderSeed('', '', ''));
  });

  it('leaves zero or one option where it is', () => {
    expect(optionOrder(0, { learner: 'ana', attempt: 'attempt01' }, 'q')).toEqual([]);
    expect(optionOrder(1, { learner: 'ana', attempt: 'attempt01' }, 'q')).toEqual([0]);
  });
});

describe('learner and attempt keys', () => {
  it('are written from random words as 8–32 lower-case letters and digits, and read back', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 6 }), (words) => {
        expect(isOrderKey(formatOrderKey(words))).toBe(true);
      }),
    );
    expect(formatOrderKey([1, 2])).not.toBe(formatOrderKey([2, 1]));
  });

  it('refuses anything else', () => {
    for (const value of ['', 'short', 'UPPERCASE1', 'has space1', 'x'.repeat(33), 12345678, null]) {
      expect(isOrderKey(value)).toBe(false);
    }
  });
});
