import type { ReactNode } from 'react';
import { activateOnKey } from './diagram-item';
import type { Rect } from './geometry';

interface DiagramButtonProps {
  /** The accessible name: the text drawn, then in full (nameWithDrawnText), e.g. "w₁₁ = 0,123 — Peso w₁₁ = 0,1234". */
  label: string;
  /** The area the focus ring surrounds. */
  box: Rect;
  /** Shows its numbers in the details box (hover, focus, tap). */
  onInspect: () => void;
  /** Click, tap, Enter or Space, after inspecting: chooses a parameter for the equations. */
  onActivate?: () => void;
  /** For parameters: whether it is the one the equations follow. */
  pressed?: boolean;
  /** Called with true when the pointer or the focus arrives, false when it leaves. */
  onHighlight?: (on: boolean) => void;
  /** Drawn lit, e.g. while its weight's edge is hovered. */
  highlighted?: boolean;
  /** refKey of the parameter it shows, for tests and the browser specs. */
  parameter?: string;
  children: ReactNode;
}

/** A focusable part of the SVG that behaves like a button for mouse, touch and keyboard. */
export function DiagramButton({
  label,
  box,
  onInspect,
  onActivate,
  pressed,
  onHighlight,
  highlighted = false,
  parameter,
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
      className={[
        'network-diagram__button',
        pressed ? 'network-diagram__button--selected' : '',
        highlighted ? 'network-diagram__button--highlighted' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      data-parameter={parameter}
      data-highlighted={onHighlight ? String(highlighted) : undefined}
      onFocus={() => {
        onInspect();
        onHighlight?.(true);
      }}
      onBlur={() => onHighlight?.(false)}
      onMouseEnter={() => {
        onInspect();
        onHighlight?.(true);
      }}
      onMouseLeave={() => onHighlight?.(false)}
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
