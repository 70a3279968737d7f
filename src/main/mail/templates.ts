/**
 * The e-mail texts sent with documents and letters: a default per kind and language, which the
 * company may replace (table mail_templates). Placeholders in braces are filled when a message
 * is prepared: {customer}, {company}, {number}, {total}.
 */
import type { Language } from '../../shared/languages'
import { languages } from '../../shared/languages'
import { mailTemplateKinds, type MailTemplate, type MailTemplateKind } from '../../shared/schemas/mail'
import { isoNow, type Executor, type ServiceContext } from '../context'
import { writeTransaction } from '../db/write-transaction'

type Texts = Record<MailTemplateKind, { subject: string; body: string }>

const letter = (greeting: string, text: string, closing: string) =>
  `${greeting}\n\n${text}\n\n${closing}\n{company}`

const en = (text: string) => letter('Dear {customer},', text, 'Kind regards,')
const es = (text: string) => letter('Estimado cliente ({customer}):', text, 'Atentamente,')
const ca = (text: string) => letter('Benvolgut client ({customer}):', text, 'Atentament,')
const hu = (text: string) => letter('Tisztelt {customer}!', text, 'Üdvözlettel:')
const ru = (text: string) => letter('Уважаемый клиент ({customer})!', text, 'С уважением,')

export const defaultTexts: Record<Language, Texts> = {
  en: {
    estimate: {
      subject: 'Estimate {number} from {company}',
      body: en('Please find attached our estimate {number} for {total}.')
    },
    order: {
      subject: 'Order confirmation {number} from {company}',
      body: en('We confirm your order {number} for {total}. The order confirmation is attached.')
    },
    invoice: {
      subject: 'Invoice {number} from {company}',
      body: en('Please find attached invoice {number} for {total}.')
    },
    credit_note: {
      subject: 'Credit note {number} from {company}',
      body: en('Please find attached credit note {number} for {total}.')
    },
    debit_note: {
      subject: 'Debit note {number} from {company}',
      body: en('Please find attached debit note {number} for {total}.')
    },
    reminder: {
      subject: 'Payment reminder from {company}',
      body: en(
        'According to our records, {total} is overdue. The invoices are listed in the attached letter.'
      )
    },
    statement: {
      subject: 'Statement of account from {company}',
      body: en('Please find attached your statement of account. The balance is {total}.')
    }
  },
  es: {
    estimate: {
      subject: 'Presupuesto {number} de {company}',
      body: es('Le adjuntamos nuestro presupuesto {number} por un importe de {total}.')
    },
    order: {
      subject: 'Confirmación de pedido {number} de {company}',
      body: es('Confirmamos su pedido {number} por un importe de {total}. Adjuntamos la confirmación.')
    },
    invoice: {
      subject: 'Factura {number} de {company}',
      body: es('Le adjuntamos la factura {number} por un importe de {total}.')
    },
    credit_note: {
      subject: 'Factura rectificativa {number} de {company}',
      body: es('Le adjuntamos la factura rectificativa {number} por un importe de {total}.')
    },
    debit_note: {
      subject: 'Nota de cargo {number} de {company}',
      body: es('Le adjuntamos la nota de cargo {number} por un importe de {total}.')
    },
    reminder: {
      subject: 'Recordatorio de pago de {company}',
      body: es(
        'Según nuestros registros, tiene vencido un importe de {total}. Las facturas figuran en la carta adjunta.'
      )
    },
    statement: {
      subject: 'Extracto de cuenta de {company}',
      body: es('Le adjuntamos su extracto de cuenta. El saldo es de {total}.')
    }
  },
  ca: {
    estimate: {
      subject: 'Pressupost {number} de {company}',
      body: ca('Us adjuntem el nostre pressupost {number} per un import de {total}.')
    },
    order: {
      subject: 'Confirmació de comanda {number} de {company}',
      body: ca('Confirmem la vostra comanda {number} per un import de {total}. Adjuntem la confirmació.')
    },
    invoice: {
      subject: 'Factura {number} de {company}',
      body: ca('Us adjuntem la factura {number} per un import de {total}.')
    },
    credit_note: {
      subject: 'Factura rectificativa {number} de {company}',
      body: ca('Us adjuntem la factura rectificativa {number} per un import de {total}.')
    },
    debit_note: {
      subject: 'Nota de càrrec {number} de {company}',
      body: ca('Us adjuntem la nota de càrrec {number} per un import de {total}.')
    },
    reminder: {
      subject: 'Recordatori de pagament de {company}',
      body: ca(
        'Segons els nostres registres, teniu vençut un import de {total}. Les factures figuren a la carta adjunta.'
      )
    },
    statement: {
      subject: 'Extracte de compte de {company}',
      body: ca('Us adjuntem el vostre extracte de compte. El saldo és de {total}.')
    }
  },
  hu: {
    estimate: {
      subject: '{company} árajánlat: {number}',
      body: hu('Mellékelten küldjük {number} számú árajánlatunkat, összege {total}.')
    },
    order: {
      subject: '{company} rendelés-visszaigazolás: {number}',
      body: hu(
        'Visszaigazoljuk {number} számú megrendelését, összege {total}. A visszaigazolást mellékeljük.'
      )
    },
    invoice: {
      subject: '{company} számla: {number}',
      body: hu('Mellékelten küldjük {number} számú számlánkat, összege {total}.')
    },
    credit_note: {
      subject: '{company} helyesbítő számla: {number}',
      body: hu('Mellékelten küldjük {number} számú helyesbítő számlánkat, összege {total}.')
    },
    debit_note: {
      subject: '{company} terhelési értesítő: {number}',
      body: hu('Mellékelten küldjük {number} számú terhelési értesítőnket, összege {total}.')
    },
    reminder: {
      subject: '{company} fizetési felszólítás',
      body: hu(
        'Nyilvántartásunk szerint {total} összegű tartozása lejárt. A számlákat a mellékelt levél sorolja fel.'
      )
    },
    statement: {
      subject: '{company} folyószámla-kivonat',
      body: hu('Mellékelten küldjük folyószámla-kivonatát. Az egyenleg: {total}.')
    }
  },
  ru: {
    estimate: {
      subject: 'Коммерческое предложение {number} от {company}',
      body: ru('Направляем вам коммерческое предложение {number} на сумму {total}.')
    },
    order: {
      subject: 'Подтверждение заказа {number} от {company}',
      body: ru('Подтверждаем ваш заказ {number} на сумму {total}. Подтверждение во вложении.')
    },
    invoice: {
      subject: 'Счёт {number} от {company}',
      body: ru('Направляем вам счёт {number} на сумму {total}.')
    },
    credit_note: {
      subject: 'Кредит-нота {number} от {company}',
      body: ru('Направляем вам кредит-ноту {number} на сумму {total}.')
    },
    debit_note: {
      subject: 'Дебет-нота {number} от {company}',
      body: ru('Направляем вам дебет-ноту {number} на сумму {total}.')
    },
    reminder: {
      subject: 'Напоминание об оплате от {company}',
      body: ru('По нашим данным, просрочена оплата на сумму {total}. Счета перечислены в приложенном письме.')
    },
    statement: {
      subject: 'Акт сверки от {company}',
      body: ru('Направляем вам акт сверки взаиморасчётов. Сальдо: {total}.')
    }
  }
}

export async function readTemplate(
  db: Executor,
  kind: MailTemplateKind,
  language: Language
): Promise<MailTemplate> {
  const row = await db
    .selectFrom('mailTemplates')
    .select(['subject', 'body'])
    .where('kind', '=', kind)
    .where('language', '=', language)
    .executeTakeFirst()
  const text = row ?? defaultTexts[language][kind]
  return { kind, language, subject: text.subject, body: text.body, edited: row !== undefined }
}

export async function listTemplates(db: Executor): Promise<MailTemplate[]> {
  const edited = await db
    .selectFrom('mailTemplates')
    .select(['kind', 'language', 'subject', 'body'])
    .execute()
  const byKey = new Map(edited.map((row) => [`${row.kind}/${row.language}`, row]))
  return mailTemplateKinds.flatMap((kind) =>
    languages.map((language) => {
      const row = byKey.get(`${kind}/${language}`)
      const text = row ?? defaultTexts[language][kind]
      return { kind, language, subject: text.subject, body: text.body, edited: row !== undefined }
    })
  )
}

export async function saveTemplate(
  ctx: ServiceContext,
  template: Omit<MailTemplate, 'edited'>
): Promise<MailTemplate> {
  const at = isoNow(ctx)
  await writeTransaction(ctx.db, (trx) =>
    trx
      .insertInto('mailTemplates')
      .values({ ...template, updatedAt: at })
      .onConflict((oc) =>
        oc
          .columns(['kind', 'language'])
          .doUpdateSet({ subject: template.subject, body: template.body, updatedAt: at })
      )
      .execute()
  )
  return readTemplate(ctx.db, template.kind, template.language)
}

export async function resetTemplate(
  ctx: ServiceContext,
  kind: MailTemplateKind,
  language: Language
): Promise<MailTemplate> {
  await writeTransaction(ctx.db, (trx) =>
    trx.deleteFrom('mailTemplates').where('kind', '=', kind).where('language', '=', language).execute()
  )
  return readTemplate(ctx.db, kind, language)
}

/** Fills {customer}, {company}, {number}, {total}; unknown braces stay as written. */
export function fillTemplate(text: string, values: Partial<Record<string, string>>): string {
  return text.replace(/\{(customer|company|number|total)\}/g, (whole, key: string) => values[key] ?? whole)
}
