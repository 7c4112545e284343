import { kindDefinition } from '../../../progress/kinds/registry.ts';
import type { QuizKind } from '../lesson-types.ts';
import { forEachBlock, forEachLessonInline, lessonBlocks } from './lesson-walk.ts';
import type { ParsedLesson } from './parse-lesson.ts';

/** What `lesson:check` reports about one lesson file. */
export interface LessonSummary {
  file: string;
  title: string;
  sections: { id: string; title: string }[];
  /**
   * Each quiz's id, kind and key: for a choice quiz `options`, `correct` (1-based positions of the
   * correct options) and `multiple`; for a numeric quiz `value`, `tolerance` and `unit`.
   */
  quizzes: ({ id: string; kind: QuizKind } & Record<string, unknown>)[];
  /** Exactly the formulas the renderer draws with KaTeX: one per math node. */
  formulas: { display: number; inline: number };
  callouts: Record<string, number>;
  widgets: string[];
  /** The YouTube id of each video card, from `<div id="video">` or `[![alt](thumbnail)](url)`. */
  videos: string[];
  images: string[];
}

export function summarizeLesson(file: string, { lesson }: ParsedLesson): LessonSummary {
  const summary: LessonSummary = {
    file,
    title: lesson.title,
    sections: lesson.sections.map((section) => ({ id: section.id, title: section.titleText })),
    quizzes: [],
    formulas: { display: 0, inline: 0 },
    callouts: {},
    widgets: [],
    videos: [],
    images: [],
  };
  forEachBlock(lessonBlocks(lesson), (block) => {
    if (block.type === 'math') summary.formulas.display += 1;
    if (block.type === 'widget') {
      summary.widgets.push(block.name);
      const videoId = block.attributes['data-video-id'];
      if (block.name === 'video' && videoId) summary.videos.push(videoId);
    }
    if (block.type === 'callout') {
      summary.callouts[block.kind] = (summary.callouts[block.kind] ?? 0) + 1;
    }
    if (block.type === 'quiz') {
      const { id, kind } = block.quiz;
      summary.quizzes.push({ id, kind, ...kindDefinition(kind).summary(block.quiz) });
    }
  });
  forEachLessonInline(lesson, (inline) => {
    if (inline.type === 'inlineMath') summary.formulas.inline += 1;
    if (inline.type === 'image') summary.images.push(inline.src);
  });
  return summary;
}
