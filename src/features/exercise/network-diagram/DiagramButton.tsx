import type { ReactNode } from 'react';
import { activateOnKey } from './diagram-item';
import type { Rect } from './geometry';

interface DiagramButtonProps {
  /** The accessible name, e.g. "Peso w₁₁ = 0,1234". */
  label: string;
  /** The area the focus ring surrounds. */
  box: Rect;
  /** Shows its numbers in the details box (hover, focus, tap). */
  onInspect: () => void;
  /** Click, tap, Enter or Space, after inspecting: chooses a parameter for the equations. */
  onActivate?: () => void;
  /** For parameters: whether it is the one the equations follow. */
  pressed?: boolean;
  children: ReactNode;
}

/** A focusable part of the SVG that behaves like a button for mouse, touch and keyboard. */
export function DiagramButton({
  label,
  box,
  onInspect,
  onActivate,
  pressed,
  children,
}: DiagramButtonProps) {
  const activate = () => {
    onInspect();
    onActivate?.();
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={pressed}
      className={`network-diagram__button${pressed ? ' network-diagram__button--selected' : ''}`}
      onFocus={onInspect}
      onMouseEnter={onInspect}
      onClick={activate}
      onKeyDown={(event) => activateOnKey(event, activate)}
    >
      {children}
      <rect
        className="network-diagram__focus-ring"
        x={box.x - 4}
        y={box.y - 4}
        width={box.width + 8}
        height={box.height + 8}
        rx={8}
        fill="none"
      />
    </g>
  );
}
