/** Text as XML character data or an attribute value: `&`, `<`, `>`, `"` and `'` escaped. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * `text` in CDATA sections. A CDATA section ends at the first `]]>`, so each one inside the text
 * is split across two sections (`]]` closes the first, `>` opens the next).
 */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/**
 * A number as both Moodle and Canvas read it: a dot for the decimal point, no grouping, and 12
 * significant digits at most, so that 0.01 · 250 is written 2.5 and not 2.5000000000000004.
 */
export function decimal(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(Number(value.toPrecision(12)));
}
