import './lesson.css';
import { useMemo } from 'react';
import type { Lesson, LessonSection } from '../../../content/lesson/lesson-types';
import { LessonHero } from '../hero/LessonHero';
import { Blocks } from './Blocks';
import { Heading } from './Heading';
import { Inlines } from './Inlines';
import { LessonContext, type LessonLinks, type WidgetRegistry } from './lesson-context';
import { TableOfContents } from './TableOfContents';

export interface LessonViewProps {
  lesson: Lesson;
  /** Components for the lesson's widget placeholders ('backprop-widget', 'loss-surface', 'video'). */
  widgets?: WidgetRegistry;
  /** Where the lesson's links to other parts of the page lead. */
  links?: LessonLinks;
}

const NO_WIDGETS: WidgetRegistry = {};
const NO_LINKS: LessonLinks = {};

/**
 * The whole lesson: contents sidebar, the first screen (title, promise, the exercise's network),
 * preamble and every section, each with its anchor.
 */
export function LessonView({ lesson, widgets = NO_WIDGETS, links = NO_LINKS }: LessonViewProps) {
  const context = useMemo(() => ({ lesson, widgets, links }), [lesson, widgets, links]);
  return (
    <LessonContext value={context}>
      <div className="lesson-layout">
        <TableOfContents sections={lesson.sections} />
        <article className="lesson">
          <LessonHero lesson={lesson} />
          <Blocks blocks={lesson.preamble} />
          {lesson.sections.map((section) => (
            <SectionView key={section.id} section={section} />
          ))}
        </article>
      </div>
    </LessonContext>
  );
}

function SectionView({ section }: { section: LessonSection }) {
  const [first, ...rest] = section.blocks;
  // the section's own heading is drawn from `title`; skip it if the data repeats it as a block
  const repeatsTitle = first?.type === 'heading' && first.id === section.id;
  return (
    <section className="lesson-section" aria-labelledby={section.id}>
      <Heading depth={2} id={section.id} title={section.titleText}>
        <Inlines inlines={section.title} />
      </Heading>
      <Blocks blocks={repeatsTitle ? rest : section.blocks} />
    </section>
  );
}
