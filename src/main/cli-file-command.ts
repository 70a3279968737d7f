/** The commands that work on a Salesdesk file: each takes the file as --db, the default file unless given. */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { InvalidArgumentError, Option, type Command } from 'commander'
import type { FileResult } from '../shared/schemas/common'
import { defaultDatabasePath } from './paths'
import { commanderWord, help, type CommanderKey, type HelpKey } from './cli-help'

const dbOption = (): Option =>
  new Option('--db <file>', help('db')).default(defaultDatabasePath(), help('dbDefault'))

/** Adds `name` to `parent` as a command on a Salesdesk file: its help line, then --db; its own options follow. */
export function fileCommand(parent: Command, name: string, description: HelpKey): Command {
  return parent.command(name).description(help(description)).addOption(dbOption())
}

/**
 * Saves a file the API made where --out says, or under the file's own name in the current folder when the
 * command lets --out be left out; returns the full path, which the command's message names.
 */
export function saveFile(file: Pick<FileResult, 'fileName' | 'bytes'>, out: string | undefined): string {
  const path = resolve(out ?? file.fileName)
  writeFileSync(path, file.bytes)
  return path
}

/**
 * Reads an option that names a record by its number (`--campaign 3`, `--executive 3`): a whole number from 1;
 * anything else is refused before the file is opened, with `refusal`, the sentence that says which number to give.
 */
export const recordNumber =
  (refusal: Extract<CommanderKey, `${string}NumberArgument`>) =>
  (value: string): number => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(commanderWord(refusal))
    return n
  }
