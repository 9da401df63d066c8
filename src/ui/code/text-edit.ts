/** A replacement of `old.slice(start, end)` by `text`: what turns one text into another. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The smallest single edit (common prefix and suffix kept) that turns `before` into
 * `after`, or undefined when they are equal. Outside changes reach the editor as this edit,
 * so the cursor, selection and scroll of the person typing stay where they are unless the
 * change is exactly there.
 */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never cut a surrogate pair or a CRLF in two: the editor would see half a character.
  while (prefix > 0 && splitsPair(before, prefix)) prefix--;
  while (suffix > 0 && splitsPair(before, before.length - suffix)) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

function splitsPair(text: string, at: number): boolean {
  const prev = text.charCodeAt(at - 1);
  const next = text.charCodeAt(at);
  return (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (prev === 13 && next === 10);
}

/** Applies an edit to a string (the reference the editor's result is tested against). */
export function applyEdit(text: string, edit: TextEdit | undefined): string {
  return edit ? text.slice(0, edit.start) + edit.text + text.slice(edit.end) : text;
}
