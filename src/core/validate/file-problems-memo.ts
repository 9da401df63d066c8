import type { Artifact } from '../model/artifact.ts';
import type { Problem } from './types.ts';

/**
 * The problems of checks that read one file and nothing else (API-SHAPE, ID-WS), kept from
 * one validate run to the next. The editor's incremental deriver hands back the very same
 * artifact object for every file an edit did not touch, so those files' problems can be
 * reused instead of walking every value of every file again on each keystroke (a full
 * walk is about a millisecond per check at 1,000 nodes).
 *
 * Reuse is sound because such a check's problems follow from the artifact alone: its
 * content, its owners, and the data of the nodes that own it (an artifact is only reused
 * while those are unchanged). Problems carry node ids, never node objects, and their fixes
 * look the node up in the design they are applied to.
 *
 * Kept per run rather than in a WeakMap: each run keeps the entries of the files it saw and
 * drops the rest, so nothing outlives the design it came from, and a one-off validate (the
 * CLI, an import) makes no memo at all. An entry carries the last run that saw it, so a
 * run marks what it reuses in place instead of copying every entry to a new map.
 */
export class FileProblemsMemo {
  private readonly entries = new Map<symbol, Map<Artifact, Kept>>();
  private run = 0;

  /** The problems `check` found for this file last run, if the file is the same object. */
  reused(check: symbol, artifact: Artifact): Problem[] | undefined {
    const found = this.entries.get(check)?.get(artifact);
    // Older entries are dropped by finishRun; one still here was seen by the last run.
    if (!found) return undefined;
    found.run = this.run;
    return found.problems;
  }

  keep(check: symbol, artifact: Artifact, problems: Problem[]): void {
    let entries = this.entries.get(check);
    if (!entries) this.entries.set(check, (entries = new Map()));
    entries.set(artifact, { problems, run: this.run });
  }

  /** Ends a run: what it kept or reused is what the next run may reuse. */
  finishRun(): void {
    for (const entries of this.entries.values()) {
      for (const [artifact, kept] of entries) if (kept.run !== this.run) entries.delete(artifact);
    }
    this.run++;
  }
}

interface Kept {
  problems: Problem[];
  /** The last run that kept or reused it. */
  run: number;
}
