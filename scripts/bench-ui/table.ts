/** One line of the report: a figure, its target, and whether it meets it (null: no target). */
export interface Row {
  group: string;
  metric: string;
  value: string;
  target: string;
  meets: boolean | null;
  note?: string;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length));

/** The rows as a Markdown table, so it can be pasted into the README as it is. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['group', 'metric', 'value', 'target', 'met', 'note'];
  const cells = rows.map((row) => [
    row.group,
    row.metric,
    row.value,
    row.target,
    row.meets === null ? '' : row.meets ? 'yes' : 'NO',
    row.note ?? '',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => (line[column] as string).length)),
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((value, column) => pad(value, widths[column] as number)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join(
    '\n',
  );
}
