import { create } from 'zustand';
import type { Notice } from '../../core/apply/types.ts';

/**
 * The report a compose import leaves: what each compose service became, and every key that
 * was left out or changed on the way. A compose file has many such lines (a toast would
 * list three), so they are shown in a dialog the user reads and closes.
 */
export interface ImportReport {
  title: string;
  /** "web → task definition web (…) and service web (2 tasks) in cluster shop". */
  mapped: string[];
  /** Needs the user: left out, changed, a value to put in a secret. With the file and key. */
  warnings: string[];
  /** What was done with something (a default used, a volume mapped). */
  notes: string[];
}

export function importReport(fileNames: readonly string[], nodeCount: number, mapped: readonly string[], notices: readonly Notice[]): ImportReport {
  const line = (n: Notice) => `${n.file && fileNames.length > 1 ? `${n.file}: ` : ''}${n.message}`;
  return {
    title: `Imported ${nodeCount === 1 ? '1 node' : `${nodeCount} nodes`} from ${fileNames.join(', ')}`,
    mapped: [...mapped],
    warnings: notices.filter((n) => n.level === 'warning').map(line),
    notes: notices.filter((n) => n.level === 'info').map(line),
  };
}

interface ImportReportState {
  report: ImportReport | undefined;
  show(report: ImportReport): void;
  close(): void;
}

export const useImportReport = create<ImportReportState>((set) => ({
  report: undefined,
  show: (report) => set({ report }),
  close: () => set({ report: undefined }),
}));
