import { markerPath, type SeriesStyle } from './series-style';

interface SeriesLegendProps<Name extends string> {
  names: readonly Name[];
  styles: Record<Name, SeriesStyle>;
  /** The legend's accessible name. */
  label: string;
  /** Each series' name as shown. */
  nameOf: (name: Name) => string;
  className: string;
}

/** Each series' name beside a sample of its line: colour, dash pattern and marker. */
export function SeriesLegend<Name extends string>({
  names,
  styles,
  label,
  nameOf,
  className,
}: SeriesLegendProps<Name>) {
  return (
    <ul className={className} aria-label={label}>
      {names.map((name) => {
        const style = styles[name];
        return (
          <li key={name}>
            <svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">
              <line
                x1="2"
                y1="7"
                x2="42"
                y2="7"
                stroke={style.color}
                strokeWidth="2.5"
                strokeDasharray={style.dash || undefined}
              />
              <path d={markerPath(style.marker, 22, 7, 4.5)} fill={style.color} />
            </svg>
            {nameOf(name)}
          </li>
        );
      })}
    </ul>
  );
}
