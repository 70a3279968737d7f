/** Other areas' forms name a sales executive (a customer's, a call's, a request's owner, a document's). */
import { invalid } from '../../shared/errors'
import type { Executor } from '../context'

/** Whether a sales executive with this id is on file (an inactive one too: they can still be named). */
export async function executiveExists(db: Executor, id: number): Promise<boolean> {
  const found = await db.selectFrom('salesExecutives').select('id').where('id', '=', id).executeTakeFirst()
  return found !== undefined
}

/** Refuses a choice of sales executive who is not on file, beside the form's field; none chosen is fine. */
export async function checkExecutive(db: Executor, id: number | null, field = 'executiveId'): Promise<void> {
  if (id !== null && !(await executiveExists(db, id)))
    throw invalid({ [field]: { key: 'executiveDoesNotExist' } })
}

/** The chosen sales executive's name (a hand-over names them); refused beside the form's field when not on file. */
export async function chosenExecutiveName(db: Executor, id: number, field = 'executiveId'): Promise<string> {
  const found = await db.selectFrom('salesExecutives').select('name').where('id', '=', id).executeTakeFirst()
  if (!found) throw invalid({ [field]: { key: 'executiveDoesNotExist' } })
  return found.name
}
