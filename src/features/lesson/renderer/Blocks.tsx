import { use } from 'react';
import type { Block, Inline, Quiz } from '../../../content/lesson/lesson-types';
import { QuizCard, QuizProgress } from '../../quiz';
import { useTranslation } from '../../../ui/use-translation';
import { SavedAnswersLine } from '../hero/SavedAnswersLine';
import { Callout } from './Callout';
import { CodeBlock } from './CodeBlock';
import { Heading } from './Heading';
import { inlineText } from '../../../content/lesson/inline-text';
import { Inlines } from './Inlines';
import { LessonContext } from './lesson-context';
import { LessonTable } from './LessonTable';
import { MathBlock } from './MathBlock';

/** A list of blocks as React elements. */
export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return blocks.map((block, index) => <BlockView key={index} block={block} />);
}

/** One block: every kind the lesson data has, drawn without ever injecting HTML. */
export function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading':
      return (
        <Heading depth={block.depth} id={block.id} title={inlineText(block.children)}>
          <Inlines inlines={block.children} />
        </Heading>
      );
    case 'paragraph':
      return (
        <p>
          <Inlines inlines={block.children} />
        </p>
      );
    case 'math':
      return <MathBlock tex={block.tex} />;
    case 'code':
      return <CodeBlock language={block.language} value={block.value} />;
    case 'list':
      return <LessonList ordered={block.ordered} start={block.start} items={block.items} />;
    case 'blockquote':
      return (
        <blockquote>
          <Blocks blocks={block.children} />
        </blockquote>
      );
    case 'table':
      return <LessonTable align={block.align} rows={block.rows} />;
    case 'thematicBreak':
      return <hr />;
    case 'callout':
      return (
        <Callout kind={block.kind} title={block.title} collapsible={block.collapsible}>
          <Blocks blocks={block.children} />
        </Callout>
      );
    case 'quiz':
      return <LessonQuiz quiz={block.quiz} />;
    case 'quizIntro':
      return <SavedAnswersLine />;
    case 'quizResults':
      return <LessonResults />;
    case 'widget':
      return <WidgetSlot name={block.name} attributes={block.attributes} />;
  }
}

interface LessonListProps {
  ordered: boolean;
  start: number | null;
  items: readonly Block[][];
}

function LessonList({ ordered, start, items }: LessonListProps) {
  const children = items.map((item, index) => (
    <li key={index}>
      <Blocks blocks={item} />
    </li>
  ));
  return ordered ? <ol start={start ?? undefined}>{children}</ol> : <ul>{children}</ul>;
}

/** The question that names the quiz's fieldset: its paragraphs, formulas and lists as usual. */
function QuestionContent({ blocks }: { blocks: readonly Block[] }) {
  return blocks.map((block, index) =>
    block.type === 'paragraph' ? (
      <p key={index} className="quiz-question-paragraph">
        <Inlines inlines={block.children} />
      </p>
    ) : (
      <BlockView key={index} block={block} />
    ),
  );
}

const renderInlines = (inlines: Inline[]) => <Inlines inlines={inlines} />;

/** A quiz: its question, options and explanation drawn by this renderer, the rest by QuizCard. */
export function LessonQuiz({ quiz }: { quiz: Quiz }) {
  return (
    <QuizCard
      quiz={quiz}
      question={<QuestionContent blocks={quiz.question} />}
      explanation={<Blocks blocks={quiz.explanation} />}
      renderInlines={renderInlines}
    />
  );
}

/** `<!-- mkdocs-quiz results -->`: the progress panel for the lesson being drawn. */
function LessonResults() {
  const context = use(LessonContext);
  return context ? (
    <QuizProgress lesson={context.lesson} challengesHref={context.links.challenges} />
  ) : null;
}

/**
 * A widget placeholder: the registered component, or nothing for an unknown or missing one. The
 * note shows on paper only, where the print stylesheet hides the interactive widgets.
 */
function WidgetSlot({ name, attributes }: { name: string; attributes: Record<string, string> }) {
  const t = useTranslation();
  const widgets = use(LessonContext)?.widgets;
  const Widget =
    widgets && Object.hasOwn(widgets, name) ? widgets[name as keyof typeof widgets] : undefined;
  if (!Widget) return null;
  return (
    <div className={`lesson-widget lesson-widget-${name}`}>
      <Widget attributes={attributes} />
      <p className="print-note">{t('print.interactive')}</p>
    </div>
  );
}
