import { MAX_LISTED_PROBLEMS } from '../../shared/schemas/imports'

/**
 * The problems of an import: the first MAX_LISTED_PROBLEMS are kept, the others only counted,
 * so a file where every row is wrong costs neither memory nor a huge answer.
 */
export class ProblemList<P> {
  readonly listed: P[] = []
  /** Problems past the listed ones. */
  more = 0

  add(problem: P): void {
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem)
    else this.more++
  }

  get count(): number {
    return this.listed.length + this.more
  }
}

/**
 * Thrown inside an import's write transaction to roll it all back: the file has problems (they
 * are in the import's ProblemList), or it was only to be checked.
 */
export class ImportRefused extends Error {}

/** Runs an import's write transaction; when it throws ImportRefused, `refused()` is the answer. */
export async function unlessRefused<T>(run: () => Promise<T>, refused: () => T): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error
    return refused()
  }
}
