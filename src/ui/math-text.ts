/** Unicode subscripts for the characters that have one. */
const SUBSCRIPTS: Record<string, string> = Object.fromEntries(
  [...'0123456789+-−=()aehijklmnoprstuvx'].map((character, index) => [
    character,
    // the two strings list the same 33 characters, pair by pair
    [...'₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'][index]!,
  ]),
);

/** Combining marks for the accents KaTeX writes with <mover accent="true">. */
const ACCENTS: Record<string, string> = {
  '^': '\u0302',
  ˆ: '\u0302',
  '~': '\u0303',
  '˜': '\u0303',
  '‾': '\u0304',
  '¯': '\u0304',
  '˙': '\u0307',
  ˉ: '\u0304',
  '→': '\u20d7',
  '\u20d7': '\u20d7',
};

/** Operators read with a space on each side. */
const SPACED = new Set([...'=+−-×·⋅<>≤≥≈≠→←⇒∈']);

/** Large operators, whose limits are followed by a space before their body. */
const LARGE = new Set([...'∑∏∫∮⋃⋂']);

/** Superscripts that are marks on their base rather than powers. */
const MARKS = new Set(['′', '″', '‴', '∗', '*', '⊤']);

/** `text` in parentheses when it is more than one character, so that a/b and x^y stay unambiguous. */
function group(text: string): string {
  return [...text].length > 1 && !/^\([^()]*\)$/.test(text) ? `(${text})` : text;
}

function subscript(text: string): string {
  const characters = [...text.replace(/\s+/g, '')];
  return characters.every((character) => character in SUBSCRIPTS)
    ? characters.map((character) => SUBSCRIPTS[character]).join('')
    : `_${group(text)}`;
}

function superscript(text: string): string {
  return MARKS.has(text) ? text : `^${group(text)}`;
}

function childElements(element: Element): Element[] {
  return Array.from(element.children);
}

/** One MathML element as linear text (unnormalized whitespace). */
function linear(element: Element): string {
  const parts = childElements(element).map(linear);
  const [first = '', second = '', third = ''] = parts;
  const after = LARGE.has(first.trim()) ? ' ' : '';
  switch (element.localName) {
    case 'annotation':
    case 'annotation-xml':
      return '';
    case 'mi':
    case 'mn':
    case 'mtext':
    case 'ms':
      return element.textContent ?? '';
    case 'mo': {
      const operator = (element.textContent ?? '').trim();
      return SPACED.has(operator) ? ` ${operator} ` : operator;
    }
    case 'mspace':
      return ' ';
    case 'mfrac':
      return `${group(first.trim())}/${group(second.trim())}`;
    case 'msqrt':
      return `√${group(parts.join('').trim())}`;
    case 'mroot':
      return `${superscript(second.trim())}√${group(first.trim())}`;
    case 'msub':
    case 'munder':
      return `${first}${subscript(second.trim())}${after}`;
    case 'msup':
      return `${first}${superscript(second.trim())}${after}`;
    case 'msubsup':
    case 'munderover':
      return `${first}${subscript(second.trim())}${superscript(third.trim())}${after}`;
    case 'mover': {
      const accent = ACCENTS[second.trim()];
      return accent && [...first.trim()].length === 1
        ? `${first.trim()}${accent}`
        : `${first}${superscript(second.trim())}`;
    }
    case 'mtr':
      return parts.join(', ');
    case 'mtable':
      return parts.join('; ');
    default:
      return parts.join('');
  }
}

/**
 * A MathML formula (KaTeX's hidden <math>) as one line of plain text, such as "ŷ = σ(z)" or
 * "(∂ℓ)/(∂z)": the text alternative of a formula, since browsers leave MathML out of the names
 * of labels, legends and buttons. The TeX annotation is skipped.
 */
export function mathText(math: Element): string {
  return linear(math).replace(/\s+/g, ' ').trim().normalize('NFC');
}
