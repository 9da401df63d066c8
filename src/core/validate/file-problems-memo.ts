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
 * Generations rather than a WeakMap: each run keeps the entries of the files it saw and
 * drops the rest, so nothing outlives the design it came from, and a one-off validate (the
 * CLI, an import) makes no memo at all.
 */
export class FileProblemsMemo {
  private previous = new Map<symbol, Map<Artifact, Problem[]>>();
  private next = new Map<symbol, Map<Artifact, Problem[]>>();

  /** The problems `check` found for this file last run, if the file is the same object. */
  reused(check: symbol, artifact: Artifact): Problem[] | undefined {
    const found = this.previous.get(check)?.get(artifact);
    if (found) this.keep(check, artifact, found);
    return found;
  }

  keep(check: symbol, artifact: Artifact, problems: Problem[]): void {
    let entries = this.next.get(check);
    if (!entries) this.next.set(check, (entries = new Map()));
    entries.set(artifact, problems);
  }

  /** Ends a run: what it kept is what the next run may reuse. */
  finishRun(): void {
    this.previous = this.next;
    this.next = new Map();
  }
}
