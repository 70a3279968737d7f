/**
 * The reminder letters' wording as shipped, one set per document language (issue 14): a customer
 * reads their reminder in their own language. The company may replace each language's wording in
 * Settings → Reminders (stored per language, see letters.ts). Placeholders: {customer}, {company},
 * {total}, {date}, {days}. Level 3 is the formal demand (glossary: requerimiento, претензия).
 */
import type { Language } from '../../shared/languages'
import { reminderDefaultDays, type ReminderWording } from '../../shared/schemas/reminders'

type Texts = { [L in keyof ReminderWording]: Omit<ReminderWording[L], 'days'> }

const texts: Record<Language, Texts> = {
  en: {
    level1: {
      title: 'Payment reminder',
      body: 'Dear {customer},\n\nOur records show that the invoices listed above, totalling {total}, are past their due date. Perhaps this has slipped your attention: we would be grateful if you could arrange payment at your earliest convenience. If you have already paid, please disregard this letter.',
      closing: 'Kind regards,\n{company}'
    },
    level2: {
      title: 'Second payment reminder',
      body: 'Dear {customer},\n\nDespite our earlier reminder, the invoices listed above, totalling {total}, remain unpaid. Please settle this amount within 10 days of {date}, or contact us if there is a problem with these invoices.',
      closing: 'Kind regards,\n{company}'
    },
    level3: {
      title: 'Final notice before collection',
      body: 'Dear {customer},\n\nThe invoices listed above, totalling {total}, are now up to {days} days overdue and we have not received payment despite two reminders. Unless the full amount reaches us within 7 days of {date}, we will have to pass the matter on for collection, which may add costs.',
      closing: 'Yours sincerely,\n{company}'
    }
  },
  es: {
    level1: {
      title: 'Recordatorio de pago',
      body: 'Estimado cliente ({customer}):\n\nSegún nuestros registros, las facturas indicadas arriba, por un total de {total}, han superado su fecha de vencimiento. Es posible que se le haya pasado por alto: le agradeceríamos que realizara el pago a la mayor brevedad. Si ya lo ha abonado, no tenga en cuenta esta carta.',
      closing: 'Atentamente,\n{company}'
    },
    level2: {
      title: 'Segundo recordatorio de pago',
      body: 'Estimado cliente ({customer}):\n\nA pesar de nuestro recordatorio anterior, las facturas indicadas arriba, por un total de {total}, siguen pendientes de pago. Le rogamos que abone este importe en un plazo de 10 días a contar desde el {date}, o que se ponga en contacto con nosotros si hay algún problema con estas facturas.',
      closing: 'Atentamente,\n{company}'
    },
    level3: {
      title: 'Requerimiento de pago',
      body: 'Estimado cliente ({customer}):\n\nLas facturas indicadas arriba, por un total de {total}, acumulan hasta {days} días de retraso y no hemos recibido el pago pese a dos recordatorios. Si el importe íntegro no se recibe en un plazo de 7 días a contar desde el {date}, nos veremos obligados a iniciar su reclamación, lo que puede generar costes adicionales.',
      closing: 'Atentamente,\n{company}'
    }
  },
  ca: {
    level1: {
      title: 'Recordatori de pagament',
      body: "Benvolgut client ({customer}):\n\nSegons els nostres registres, les factures indicades a dalt, per un total de {total}, han superat la data de venciment. És possible que us hagi passat per alt: us agrairíem que en féssiu el pagament com més aviat millor. Si ja l'heu abonat, no tingueu en compte aquesta carta.",
      closing: 'Atentament,\n{company}'
    },
    level2: {
      title: 'Segon recordatori de pagament',
      body: 'Benvolgut client ({customer}):\n\nMalgrat el nostre recordatori anterior, les factures indicades a dalt, per un total de {total}, continuen pendents de pagament. Us preguem que aboneu aquest import en un termini de 10 dies a comptar del {date}, o que us poseu en contacte amb nosaltres si hi ha cap problema amb aquestes factures.',
      closing: 'Atentament,\n{company}'
    },
    level3: {
      title: 'Requeriment de pagament',
      body: "Benvolgut client ({customer}):\n\nLes factures indicades a dalt, per un total de {total}, acumulen fins a {days} dies de retard i no n'hem rebut el pagament malgrat dos recordatoris. Si l'import íntegre no ens arriba en un termini de 7 dies a comptar del {date}, ens veurem obligats a iniciar-ne la reclamació, cosa que pot generar costos addicionals.",
      closing: 'Atentament,\n{company}'
    }
  },
  hu: {
    level1: {
      title: 'Fizetési emlékeztető',
      body: 'Tisztelt {customer}!\n\nNyilvántartásunk szerint a fent felsorolt, összesen {total} összegű számlák fizetési határideje lejárt. Elképzelhető, hogy ez elkerülte figyelmét: kérjük, mielőbb gondoskodjon a kiegyenlítésükről. Amennyiben már fizetett, kérjük, tekintse levelünket tárgytalannak.',
      closing: 'Üdvözlettel:\n{company}'
    },
    level2: {
      title: 'Második fizetési felszólítás',
      body: 'Tisztelt {customer}!\n\nKorábbi emlékeztetőnk ellenére a fent felsorolt, összesen {total} összegű számlák továbbra is kiegyenlítetlenek. Kérjük, hogy az összeget {date} után 10 napon belül fizesse meg, vagy keressen meg minket, ha a számlákkal kapcsolatban bármilyen probléma merült fel.',
      closing: 'Üdvözlettel:\n{company}'
    },
    level3: {
      title: 'Végső fizetési felszólítás',
      body: 'Tisztelt {customer}!\n\nA fent felsorolt, összesen {total} összegű számlák késedelme már eléri a {days} napot, és két felszólításunk ellenére sem érkezett meg a befizetés. Amennyiben a teljes összeg {date} után 7 napon belül nem érkezik meg, kénytelenek leszünk a követelést behajtásra átadni, ami további költségekkel járhat.',
      closing: 'Tisztelettel:\n{company}'
    }
  },
  ru: {
    level1: {
      title: 'Напоминание об оплате',
      body: 'Уважаемый клиент ({customer})!\n\nПо нашим данным, срок оплаты перечисленных выше счетов на общую сумму {total} истёк. Возможно, это ускользнуло от вашего внимания: просим произвести оплату в ближайшее время. Если оплата уже произведена, просим не принимать это письмо во внимание.',
      closing: 'С уважением,\n{company}'
    },
    level2: {
      title: 'Повторное напоминание об оплате',
      body: 'Уважаемый клиент ({customer})!\n\nНесмотря на наше предыдущее напоминание, перечисленные выше счета на общую сумму {total} остаются неоплаченными. Просим погасить задолженность в течение 10 дней с {date} или связаться с нами, если по этим счетам есть вопросы.',
      closing: 'С уважением,\n{company}'
    },
    level3: {
      title: 'Претензия',
      body: 'Уважаемый клиент ({customer})!\n\nПросрочка по перечисленным выше счетам на общую сумму {total} достигла {days} дней, и, несмотря на два напоминания, оплата не поступила. Если вся сумма не поступит в течение 7 дней с {date}, мы будем вынуждены передать дело во взыскание, что может повлечь дополнительные расходы.',
      closing: 'С уважением,\n{company}'
    }
  }
}

const withDays = (t: Texts): ReminderWording => ({
  level1: { ...t.level1, days: reminderDefaultDays.level1 },
  level2: { ...t.level2, days: reminderDefaultDays.level2 },
  level3: { ...t.level3, days: reminderDefaultDays.level3 }
})

/** The shipped wording of each language, with the default days between levels. */
export const defaultReminderTexts: Record<Language, ReminderWording> = {
  en: withDays(texts.en),
  es: withDays(texts.es),
  ca: withDays(texts.ca),
  hu: withDays(texts.hu),
  ru: withDays(texts.ru)
}
