/**
 * The import report of a compose file: what became what, and every key that has no ECS
 * equivalent or was changed on the way, with the JSON pointer of the key in the file
 * (`/services/web/build`). Warnings need the user (a value to put in a secret, a feature
 * lost); infos say what was done with something.
 */

export interface ComposeNote {
  level: 'info' | 'warning';
  pointer: string;
  message: string;
}

const decode = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** "service web, build: " for /services/web/build/context; "volumes, data: " for /volumes/data. */
export function notePrefix(pointer: string): string {
  const [area, name, key] = pointer.split('/').slice(1).map(decode);
  if (area === 'services' && name !== undefined) return key === undefined ? `service ${name}: ` : `service ${name}, ${key}: `;
  if (area !== undefined && name !== undefined) return `${area} ${name}: `;
  return area !== undefined ? `${area}: ` : '';
}

export class ComposeNotes {
  readonly list: ComposeNote[] = [];

  warn(pointer: string, message: string): void {
    this.list.push({ level: 'warning', pointer, message: notePrefix(pointer) + message });
  }

  info(pointer: string, message: string): void {
    this.list.push({ level: 'info', pointer, message: notePrefix(pointer) + message });
  }
}
