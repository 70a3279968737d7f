/** The commands that work on a Salesdesk file: each takes the file as --db, the default file unless given. */
import { Option, type Command } from 'commander'
import { defaultDatabasePath } from './paths'
import { help, type HelpKey } from './cli-help'

export const dbOption = (): Option =>
  new Option('--db <file>', help('db')).default(defaultDatabasePath(), help('dbDefault'))

/** Adds `name` to `parent` as a command on a Salesdesk file: its help line, then --db; its own options follow. */
export function fileCommand(parent: Command, name: string, description: HelpKey): Command {
  return parent.command(name).description(help(description)).addOption(dbOption())
}
