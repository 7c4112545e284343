import { lazy, Suspense, type ComponentType } from 'react';
import type { WidgetProps } from '../features/lesson/renderer/lesson-context';
import { PENDING_ATTRIBUTE } from '../ui/focus-when-present';

/**
 * A lesson widget whose code is fetched only when the lesson first draws it, after the first
 * paint. Until it arrives, a placeholder of `placeholderClass` holds its place (its height, by
 * width, is set in styles.css), so nothing below it jumps. `pendingId` names the id the widget
 * will have, so a link to it can wait for it (focus-when-present.ts).
 */
export function lazyWidget(
  load: () => Promise<ComponentType<WidgetProps>>,
  placeholderClass: string,
  pendingId?: string,
): ComponentType<WidgetProps> {
  const Widget = lazy(async () => ({ default: await load() }));
  return function LazyWidget(props: WidgetProps) {
    return (
      <Suspense
        fallback={
          <div
            className="widget-placeholder"
            aria-hidden="true"
            {...(pendingId && { [PENDING_ATTRIBUTE]: pendingId })}
          >
            <div className={placeholderClass} />
          </div>
        }
      >
        <Widget {...props} />
      </Suspense>
    );
  };
}
