/**
 * A number typed by a learner in either convention, or copied from the app: "0,5" (pt-BR) or
 * "0.5", a minus sign U+2212 or hyphen-minus, and a power of ten as the app writes it ("1,2·10⁻⁴")
 * or as people type it ("1.2e-4", "1,2E-4", "1,2×10^-4"); null for empty, partial or non-finite
 * input. The quizzes read answers with the same function (it lives in the progress layer, below
 * the views, so that the scoring can use it too).
 */
export { parseDecimal as parseTypedNumber } from '../progress/kinds/numeric/number-text';
