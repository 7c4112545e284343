import type { Inline } from '../../../content/lesson/lesson-types';
import { Math } from '../../../ui/Math';
import { isExternalUrl, safeImageUrl, safeLinkUrl } from './safe-url';

/** Inline content as React elements: text stays text, formulas go through <Math>. */
export function Inlines({ inlines }: { inlines: readonly Inline[] }) {
  return inlines.map((inline, index) => <InlineView key={index} inline={inline} />);
}

function InlineView({ inline }: { inline: Inline }) {
  switch (inline.type) {
    case 'text':
      return inline.value;
    case 'emphasis':
      return (
        <em>
          <Inlines inlines={inline.children} />
        </em>
      );
    case 'strong':
      return (
        <strong>
          <Inlines inlines={inline.children} />
        </strong>
      );
    case 'delete':
      return (
        <del>
          <Inlines inlines={inline.children} />
        </del>
      );
    case 'inlineCode':
      return <code className="inline-code">{inline.value}</code>;
    case 'inlineMath':
      return <Math tex={inline.tex} />;
    case 'link':
      return <LessonLink url={inline.url} inlines={inline.children} />;
    case 'image': {
      const src = safeImageUrl(inline.src);
      if (!src) return <span className="image-unavailable">{inline.alt}</span>;
      return <img className="lesson-image" src={src} alt={inline.alt} loading="lazy" />;
    }
    case 'break':
      return <br />;
  }
}

/** A link; an external one gets rel="noopener noreferrer", an unsafe one is shown as plain text. */
function LessonLink({ url, inlines }: { url: string; inlines: readonly Inline[] }) {
  const href = safeLinkUrl(url);
  if (!href) return <Inlines inlines={inlines} />;
  return (
    <a href={href} rel={isExternalUrl(href) ? 'noopener noreferrer' : undefined}>
      <Inlines inlines={inlines} />
    </a>
  );
}
