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
