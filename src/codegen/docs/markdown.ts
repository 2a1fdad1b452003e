/** Small Markdown builders shared by the REST and WebSocket reference pages. */

/** One table cell: pipes escaped, line breaks folded so the row stays on one line. */
export function cell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** A table; `rows` are already-formatted cell texts (escaped here). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `| ${headers.join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  return [head, rule, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

/** Inline code that survives backticks inside the text. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A spec value as text: strings, numbers and booleans as written, anything else (absent, object) as `fallback`. */
export function scalar(value: unknown, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fallback;
}

/** A fenced JSON block of a value. */
export function jsonBlock(value: unknown): string {
  return ['```json', JSON.stringify(value, null, 2), '```'].join('\n');
}

/**
 * Prose from the spec, with its headings pushed down so they nest under ours
 * (`## Errors` in a description becomes `#### Errors` when `by` is 2).
 */
export function prose(text: unknown, by = 2): string {
  if (typeof text !== 'string') return '';
  let inFence = false;
  return text
    .trimEnd()
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
      if (!inFence && /^#{1,6}\s/.test(line)) return `${'#'.repeat(by)}${line}`.replace(/^#{7,}/, '######');
      return line;
    })
    .join('\n');
}

/** An explicit anchor, so links do not depend on how a renderer slugs headings. */
export function anchor(id: string): string {
  return `<a id="${id}"></a>`;
}

/** A stable anchor id from arbitrary text. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Joins blocks with one blank line, dropping empty ones; the file ends with one newline. */
export function blocks(...parts: (string | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('\n\n');
}
