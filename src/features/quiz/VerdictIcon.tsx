import type { OptionVerdict } from '../../progress/kinds/choice/score';

/** A shape per verdict, so that the feedback never rests on colour: ✓, ✗ and an empty circle. */
export function VerdictIcon({ verdict }: { verdict: Exclude<OptionVerdict, null> }) {
  return (
    <svg className="verdict-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      {verdict === 'correct' && <path d="M3 8.5l3.2 3.2L13 4.8" />}
      {verdict === 'incorrect' && <path d="M4 4l8 8M12 4l-8 8" />}
      {verdict === 'missed' && <circle cx="8" cy="8" r="5.2" strokeDasharray="2.6 2" />}
    </svg>
  );
}
