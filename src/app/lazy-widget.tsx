import { lazy, Suspense, type ComponentType } from 'react';
import type { WidgetProps } from '../components/lesson/lesson-context';

/**
 * A lesson widget whose code is fetched only when the lesson first draws it, after the first
 * paint. Until it arrives, a placeholder of `placeholderClass` holds its place (its height, by
 * width, is set in styles.css), so nothing below it jumps.
 */
export function lazyWidget(
  load: () => Promise<ComponentType<WidgetProps>>,
  placeholderClass: string,
): ComponentType<WidgetProps> {
  const Widget = lazy(async () => ({ default: await load() }));
  return function LazyWidget(props: WidgetProps) {
    return (
      <Suspense
        fallback={
          <div className="widget-placeholder" aria-hidden="true">
            <div className={placeholderClass} />
          </div>
        }
      >
        <Widget {...props} />
      </Suspense>
    );
  };
}
