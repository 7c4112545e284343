import { useId } from 'react';
import { useTranslation } from '../../../ui/use-translation';

/** A fenced code block: monospace, scrolls sideways when long, its language named above it. */
export function CodeBlock({ language, value }: { language: string | null; value: string }) {
  const t = useTranslation();
  const captionId = useId();
  const label = language ? t('lesson.code', { language }) : t('lesson.code.plain');
  return (
    <figure className="code-block" aria-labelledby={captionId}>
      <figcaption id={captionId} className="code-language">
        {label}
      </figcaption>
      <pre tabIndex={0}>
        <code>{value}</code>
      </pre>
    </figure>
  );
}
