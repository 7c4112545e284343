import type { CSSProperties } from 'react';
import type { Inline } from '../../../content/lesson/lesson-types';
import { useTranslation } from '../../../ui/use-translation';
import { Inlines } from './Inlines';

type Align = 'left' | 'right' | 'center' | null;

interface LessonTableProps {
  align: readonly Align[];
  /** The first row is the header. */
  rows: readonly Inline[][][];
}

function alignment(align: readonly Align[], column: number): CSSProperties | undefined {
  const value = align[column];
  return value ? { textAlign: value } : undefined;
}

/** A Markdown table: header row, body rows, column alignment; scrolls sideways on phones. */
export function LessonTable({ align, rows }: LessonTableProps) {
  const t = useTranslation();
  const [header, ...body] = rows;
  return (
    <div className="table-scroll" role="region" aria-label={t('lesson.table')} tabIndex={0}>
      <table className="lesson-table">
        {header && (
          <thead>
            <tr>
              {header.map((cell, column) => (
                <th key={column} scope="col" style={alignment(align, column)}>
                  <Inlines inlines={cell} />
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {body.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, column) => (
                <td key={column} style={alignment(align, column)}>
                  <Inlines inlines={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
