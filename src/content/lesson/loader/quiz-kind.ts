import type { BuildTools } from '../../../progress/kinds/kind-definition.ts';
import { QUIZ_KINDS } from '../../../progress/kinds/registry.ts';
import type { Quiz, QuizKind } from '../lesson-types.ts';
import type { RawQuiz } from './quiz-block.ts';

type Fields = Omit<Quiz, 'id' | 'question' | 'explanation'>;

/** The kind whose markers a quiz's answer lines use; null when they mix kinds or have none. */
function kindOf(raw: RawQuiz): QuizKind | null | 'mixed' {
  const kinds = new Set(
    raw.answers.map((answer) =>
      (Object.keys(QUIZ_KINDS) as QuizKind[]).find((kind) =>
        QUIZ_KINDS[kind].syntax.markers.includes(answer.marker),
      ),
    ),
  );
  if (kinds.size === 0) return null;
  const [only] = kinds;
  return kinds.size === 1 && only ? only : 'mixed';
}

/**
 * The kind-specific fields of a quiz (options, or a numeric key), built by the kind its answer
 * lines name; null, with a diagnostic, when there are none or they mix kinds.
 */
export function buildQuizFields(raw: RawQuiz, tools: BuildTools): Fields | null {
  const kind = kindOf(raw);
  if (kind === null) return null;
  if (kind === 'mixed') {
    tools.error(
      raw.line,
      'quiz mixes options to tick ("- [ ]", "- [x]") with a numeric answer ("- [=]"): the quiz is dropped',
    );
    return null;
  }
  return QUIZ_KINDS[kind].build(raw.answers, raw.line, tools);
}
