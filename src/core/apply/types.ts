import type { Design } from '../model/design.ts';

/** Something the user should know about an import or an edit: a dropped field, a literal kept. */
export interface Notice {
  level: 'info' | 'warning';
  message: string;
  /** File the notice is about (imports). */
  file?: string;
  /** JSON pointer inside that file. */
  pointer?: string;
}

export type ApplyResult =
  | { ok: true; design: Design; notices: Notice[] }
  | { ok: false; error: string; file?: string; pointer?: string };
