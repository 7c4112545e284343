/** How each op is drawn in its circle and named in the table. */
const OP_SYMBOLS: Record<string, string> = {
  '+': '+',
  '-': '−',
  '*': '×',
  sum: 'Σ',
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'lReLU',
  softplus: 'sp',
  exp: 'exp',
  log: 'ln',
};

const POWERS: Record<string, string> = { '^2': 'x²', '^3': 'x³', '^-1': 'x⁻¹' };

/** The short symbol of an op: × for '*', σ for 'sigmoid', x² for '^2'. */
export function opSymbol(op: string): string {
  return OP_SYMBOLS[op] ?? POWERS[op] ?? op;
}

/** The op's name for the table, where there is room to spell out the abbreviated ones. */
export function opName(op: string): string {
  if (op === 'softplus') return 'softplus';
  if (op === 'leakyRelu') return 'leaky ReLU';
  return opSymbol(op);
}
