/**
 * The command line in the user's language (issue 14): `--lang`, else LC_ALL / LC_MESSAGES / LANG,
 * else English. `verify` and `report` print their sentence in that language and a refusal prints
 * by its key; the expected sentences are written out here.
 */
import { dirname } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildProgram, runCli } from '../src/main/cli'
import type { Command } from 'commander'
import { cliLanguage, setCliLanguage } from '../src/main/cli-language'
import { executive, openTestDesk, type TestDesk } from './support/fixtures'

let desk: TestDesk
let out: string
let err: string

beforeEach(async () => {
  desk = await openTestDesk()
  await desk.call('executives.create', { executive: executive({ name: 'Béla Kovács' }) })
  // The CLI opens the file itself.
  await desk.store.close()
  out = ''
  err = ''
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void (out += `${args.join(' ')}\n`))
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (err += `${args.join(' ')}\n`))
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => ((err += String(chunk)), true))
})
afterEach(() => {
  vi.restoreAllMocks()
  desk.folder.remove()
})

const hungarian = { LANG: 'hu_HU.UTF-8' }

describe('the command line in the user’s language', () => {
  it('takes --lang, else LC_ALL, LC_MESSAGES and LANG in that order, else English', () => {
    expect(cliLanguage(['verify', '--lang', 'es'], hungarian)).toBe('es')
    expect(cliLanguage(['verify', '--lang=ca'], hungarian)).toBe('ca')
    expect(cliLanguage(['verify'], hungarian)).toBe('hu')
    expect(cliLanguage(['verify'], { LANG: 'hu_HU.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' })).toBe('ru')
    expect(
      cliLanguage(['verify'], { LANG: 'hu_HU.UTF-8', LC_ALL: 'ca_ES@valencia', LC_MESSAGES: 'ru' })
    ).toBe('ca')
    // "C" decides too (it is set), and is English; an empty variable is not set.
    expect(cliLanguage(['verify'], { LANG: 'hu_HU.UTF-8', LC_ALL: 'C.UTF-8' })).toBe('en')
    expect(cliLanguage(['verify'], { LANG: 'es_ES.UTF-8', LC_ALL: '' })).toBe('es')
    expect(cliLanguage(['verify'], { LANG: 'de_DE.UTF-8' })).toBe('en')
    expect(cliLanguage(['verify'], {})).toBe('en')
    // The language chosen in Settings comes after --lang and before the computer's.
    expect(cliLanguage(['verify'], { LC_ALL: 'hu_HU.UTF-8' }, 'ca')).toBe('ca')
    expect(cliLanguage(['verify', '--lang', 'es'], { LC_ALL: 'hu_HU.UTF-8' }, 'ca')).toBe('es')
  })

  it('speaks the language chosen in Settings for that database, before the computer’s', async () => {
    const chosen = await openTestDesk()
    await chosen.call('settings.setInterfaceLanguage', { language: 'ca' })
    await chosen.store.close()
    try {
      expect(await runCli(['verify', '--db', chosen.databasePath], hungarian)).toBe(0)
      expect(out).toMatch(/^Registres verificats: les \d+ entrades de la cadena coincideixen amb /)
      out = ''
      expect(await runCli(['verify', `--db=${chosen.databasePath}`, '--lang', 'ru'], hungarian)).toBe(0)
      expect(out).toMatch(/^Записи проверены: все записи цепочки \(\d+\) совпадают с /)
      out = ''
      // Another database, without a choice: the computer's language.
      expect(await runCli(['verify', '--db', desk.databasePath], hungarian)).toBe(0)
      expect(out).toMatch(/^A nyilvántartás ellenőrizve/)
    } finally {
      chosen.folder.remove()
    }
  })

  it('verifies in Hungarian with LANG=hu_HU.UTF-8, and in Spanish with --lang es', async () => {
    expect(await runCli(['verify', '--db', desk.databasePath], hungarian)).toBe(0)
    expect(out).toMatch(
      /^A nyilvántartás ellenőrizve: a lánc mind a\(z\) \d+ bejegyzése egyezik ezzel: .+salesdesk\.db \(\d+,\d\d mp\)\.\n$/
    )
    out = ''
    expect(await runCli(['verify', '--db', desk.databasePath, '--lang', 'es'], hungarian)).toBe(0)
    expect(out).toMatch(
      /^Registros verificados: las \d+ entradas de la cadena coinciden con .+salesdesk\.db \(\d+,\d\d s\)\.\n$/
    )
    out = ''
    expect(await runCli(['verify', '--db', desk.databasePath], { LANG: 'C.UTF-8' })).toBe(0)
    expect(out).toMatch(/^Records verified: all \d+ chain entries match .+salesdesk\.db \(\d+\.\d\d s\)\.\n$/)
  })

  it('writes the weekly report and says so in Spanish with --lang es', async () => {
    const file = desk.folder.file('w47.xlsx')
    const argv = ['report', 'weekly', '--db', desk.databasePath, '--week', '2026-W47', '--out', file]
    expect(await runCli([...argv, '--lang', 'es'], hungarian)).toBe(0)
    expect(out).toBe(`Informe semanal 2026-W47 escrito en ${file}.\n`)
    out = ''
    expect(await runCli(argv, hungarian)).toBe(0)
    expect(out).toBe(`A(z) 2026-W47 heti jelentés elkészült: ${file}.\n`)
  })

  it('says what the other commands wrote in the language, English with its plural', async () => {
    const folder = desk.folder.file('pdfs')
    const argv = [
      'pdf',
      '--db',
      desk.databasePath,
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
      '--out-dir',
      folder
    ]
    expect(await runCli([...argv, '--lang', 'es'], {})).toBe(0)
    expect(out).toBe(`Archivos PDF escritos en ${folder}: 0.\n`)
    out = ''
    expect(await runCli(argv, {})).toBe(0)
    expect(out).toBe(`Wrote 0 PDF files to ${folder}.\n`)
    out = ''
    expect(await runCli(['verifactu', 'verify', '--db', desk.databasePath], { LC_ALL: 'ca_ES.UTF-8' })).toBe(
      0
    )
    expect(out).toMatch(/^La cadena és íntegra: s’han recalculat \d+ registres i \d+ esdeveniments\.\n$/)
  })

  it('prints a refusal by its key in the language, with its parameters', async () => {
    const missing = desk.folder.file('missing.db')
    expect(await runCli(['verify', '--db', missing], hungarian)).toBe(2)
    expect(err).toBe(`salesdesk: ${missing} nem létezik; ellenőrizze a fájlnevet.\n`)
    err = ''
    expect(await runCli(['verify', '--db', missing, '--lang', 'ru'], hungarian)).toBe(2)
    expect(err).toBe(`salesdesk: ${missing} не существует; проверьте имя файла.\n`)
    err = ''
    // A bad week: the value inside the sentence, in Spanish.
    expect(
      await runCli(['report', 'weekly', '--db', desk.databasePath, '--week', '2026-W60', '--lang', 'es'], {})
    ).toBe(2)
    expect(err).toBe('salesdesk: "2026-W60" no es una semana ISO como 2026-W47\n')
  })

  it('says the VERI*FACTU and NAV states in the language (the authorities’ own words stay theirs)', async () => {
    expect(await runCli(['verifactu', 'status', '--db', desk.databasePath], hungarian)).toBe(0)
    expect(out).toBe(
      'A VERI*FACTU ki van kapcsolva ehhez: B12345674.\nKüldésre váró rekordok: 0; elutasítva: 0.\nMég nem történt küldés.\n'
    )
    out = ''
    expect(await runCli(['verifactu', 'send', '--db', desk.databasePath, '--lang', 'es'], hungarian)).toBe(0)
    expect(out).toBe('VERI*FACTU está desactivado.\n')
    out = ''
    expect(await runCli(['nav', 'status', '--db', desk.databasePath, '--lang', 'ru'], hungarian)).toBe(0)
    expect(out).toBe(
      'Передача данных в NAV выключена: счета, ожидающие NAV: 0, принято: 0, отклонено: 0.\nВ NAV ещё ничего не отправлено.\n'
    )
    out = ''
    // English keeps its plural.
    expect(await runCli(['verifactu', 'status', '--db', desk.databasePath], {})).toBe(0)
    expect(out).toBe(
      'VERI*FACTU is off for B12345674.\n0 records waiting to be sent; 0 rejected.\nNothing has been sent yet.\n'
    )
  })

  it('says in the language that it creates a new folder and database for a mistyped --db', async () => {
    const path = desk.folder.file('elirt/salesdesk.db')
    expect(await runCli(['demo', '--db', path, '--size', 'small'], { LANG: 'ca_ES.UTF-8' })).toBe(0)
    expect(err.trim().split('\n')[0]).toBe(
      `salesdesk: La carpeta ${dirname(path)} no existeix: es crea, amb una base de dades de Salesdesk nova i buida, salesdesk.db, a dins.`
    )
  })

  describe('--help and commander’s own words', () => {
    /** Every description, default note and commander word the English program shows. */
    function englishTexts(): string[] {
      setCliLanguage('en')
      const texts = new Set([
        'Usage:',
        'Options:',
        'Commands:',
        '[options]',
        '[command]',
        'default:',
        'choices:'
      ])
      const walk = (cmd: Command) => {
        texts.add(cmd.description())
        for (const option of cmd.options) {
          texts.add(option.description)
          if (option.defaultValueDescription) texts.add(option.defaultValueDescription)
        }
        cmd.commands.forEach(walk)
      }
      walk(buildProgram())
      texts.delete('')
      return [...texts]
    }
    const flat = (text: string) => text.replace(/\s+/g, ' ')
    let stdout = ''
    beforeEach(() => {
      stdout = ''
      vi.spyOn(process.stdout, 'write').mockImplementation(
        (chunk: unknown) => ((stdout += String(chunk)), true)
      )
    })

    it('salesdesk --help and pdf --help in Hungarian and Spanish have no English table text', async () => {
      const english = englishTexts()
      // 60 and more descriptions, and commander's words.
      expect(english.length).toBeGreaterThan(60)
      expect(english).toContain('the Salesdesk database file')
      const expected = {
        hu: [
          'Használat: salesdesk [kapcsolók] [parancs]',
          'Kapcsolók:',
          'Parancsok:',
          'megjeleníti a parancs súgóját'
        ],
        es: ['Uso: salesdesk [opciones] [comando]', 'Opciones:', 'Comandos:', 'muestra la ayuda del comando']
      }
      const pdfExpected = {
        hu: [
          'Használat: salesdesk pdf [kapcsolók]',
          'a Salesdesk-adatbázisfájl (alapértelmezés: az adatmappája)',
          'bizonylattípus (lehetőségek: "estimate", "order", "invoice", "credit_note", "debit_note")'
        ],
        es: [
          'Uso: salesdesk pdf [opciones]',
          'el archivo de la base de datos de Salesdesk (por defecto: su carpeta de datos)',
          'tipo de documento (valores: "estimate", "order", "invoice", "credit_note", "debit_note")'
        ]
      }
      for (const language of ['hu', 'es'] as const) {
        for (const [args, want] of [
          [['--help'], expected[language]],
          [['pdf', '--help'], pdfExpected[language]]
        ] as const) {
          stdout = ''
          expect(await runCli([...args, '--lang', language], {})).toBe(0)
          const shown = flat(stdout)
          for (const text of want) expect(shown, `${language} ${args.join(' ')}`).toContain(text)
          const left = english.filter((text) => shown.includes(flat(text)))
          expect(left, `${language} ${args.join(' ')}`).toEqual([])
        }
      }
      // The same program in English still says it in English.
      stdout = ''
      expect(await runCli(['--help'], {})).toBe(0)
      expect(flat(stdout)).toContain('Usage: salesdesk [options] [command]')
    })

    it('says commander’s argument errors in the language', async () => {
      expect(await runCli(['pdf', '--bogus', '--lang', 'hu'], {})).toBe(1)
      expect(err.split('\n')[0]).toBe('hiba: ismeretlen kapcsoló: „--bogus”')
      err = ''
      expect(await runCli(['demo', '--size', 'huge', '--lang', 'es'], {})).toBe(1)
      expect(err.split('\n')[0]).toBe(
        'error: el valor «huge» de la opción «--size <size>» no es válido. Valores admitidos: small, large.'
      )
      err = ''
      expect(await runCli(['serve', '--port', 'x', '--lang', 'ru'], {})).toBe(1)
      expect(err.split('\n')[0]).toBe(
        'ошибка: значение «x» параметра «--port <n>» недопустимо. Укажите целое число от 0 до 65535.'
      )
      err = ''
      // The campaign and calendar commands' own number checks (they were English).
      expect(
        await runCli(['campaign', 'letters', '--campaign', 'x', '--out', 'a.pdf', '--lang', 'es'], {})
      ).toBe(1)
      expect(err.split('\n')[0]).toBe(
        'error: el valor «x» de la opción «--campaign <id>» no es válido. Use el número de la campaña, p. ej. 3.'
      )
      err = ''
      expect(await runCli(['day-sheet', '--executive', '0', '--lang', 'es'], {})).toBe(1)
      expect(err.split('\n')[0]).toBe(
        'error: el valor «0» de la opción «--executive <id>» no es válido. Use el número de un comercial, p. ej. 3.'
      )
      err = ''
      expect(await runCli(['verif', '--lang', 'ca'], {})).toBe(1)
      expect(err.split('\n').slice(0, 2)).toEqual([
        'error: ordre desconeguda «verif»',
        '(Volíeu dir verify?)'
      ])
      err = ''
      expect(await runCli(['backup', '--lang', 'hu'], {})).toBe(1)
      expect(err.split('\n')[0]).toBe('hiba: nincs megadva a kötelező „--out <file>” kapcsoló')
      // After the error, the command's help in the same language.
      expect(err).toContain('Használat: salesdesk backup [kapcsolók]')
    })
  })
})
