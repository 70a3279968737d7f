/**
 * What a campaign writes into its letters and e-mails besides the user's own text, in the five
 * languages: the unsubscribe line every campaign e-mail ends with; and the headings of the
 * recipients-and-results workbook.
 */
import type { Language } from '../../shared/languages'

interface CampaignWords {
  /** {company} and {from}: who to write to. */
  unsubscribe: string
}

export const campaignWords: Record<Language, CampaignWords> = {
  en: {
    unsubscribe:
      'You receive this e-mail because you agreed to hear from {company}. To unsubscribe, reply to {from} with the word UNSUBSCRIBE.'
  },
  es: {
    unsubscribe:
      'Recibe este correo porque aceptó recibir comunicaciones de {company}. Para darse de baja, responda a {from} con la palabra BAJA.'
  },
  ca: {
    unsubscribe:
      'Rep aquest correu perquè va acceptar rebre comunicacions de {company}. Per donar-vos de baixa, responeu a {from} amb la paraula BAIXA.'
  },
  hu: {
    unsubscribe:
      'Ezt a levelet azért kapja, mert hozzájárult, hogy a(z) {company} megkeresse. Leiratkozáshoz válaszoljon a(z) {from} címre a LEIRATKOZOM szóval.'
  },
  ru: {
    unsubscribe:
      'Вы получили это письмо, потому что согласились получать сообщения от {company}. Чтобы отписаться, ответьте на {from} словом ОТПИСАТЬСЯ.'
  }
}

/** Fills {customer}, {contact} …; other braces stay as written. */
export function merge(text: string, values: Partial<Record<string, string>>): string {
  return text.replace(/\{([a-z]+)\}/g, (whole, key: string) => values[key] ?? whole)
}

interface ExportWords {
  recipients: string
  results: string
  customer: string
  address: string
  email: string
  language: string
  sent: string
  responded: string
  converted: string
  estimates: string
  orders: string
  responseRate: string
  conversionRate: string
  /** {currency} */
  revenue: string
  figure: string
  value: string
  yes: string
  no: string
}

export const exportWords: Record<Language, ExportWords> = {
  en: {
    recipients: 'Recipients',
    results: 'Results',
    customer: 'Customer',
    address: 'Address',
    email: 'E-mail',
    language: 'Language',
    sent: 'Sent',
    responded: 'Responded',
    converted: 'Converted',
    estimates: 'Estimates',
    orders: 'Orders',
    responseRate: 'Response rate',
    conversionRate: 'Conversion rate',
    revenue: 'Revenue {currency}',
    figure: 'Figure',
    value: 'Value',
    yes: 'Yes',
    no: 'No'
  },
  es: {
    recipients: 'Destinatarios',
    results: 'Resultados',
    customer: 'Cliente',
    address: 'Dirección',
    email: 'Correo electrónico',
    language: 'Idioma',
    sent: 'Enviado',
    responded: 'Respondió',
    converted: 'Convertido',
    estimates: 'Presupuestos',
    orders: 'Pedidos',
    responseRate: 'Tasa de respuesta',
    conversionRate: 'Tasa de conversión',
    revenue: 'Ingresos {currency}',
    figure: 'Cifra',
    value: 'Valor',
    yes: 'Sí',
    no: 'No'
  },
  ca: {
    recipients: 'Destinataris',
    results: 'Resultats',
    customer: 'Client',
    address: 'Adreça',
    email: 'Correu electrònic',
    language: 'Idioma',
    sent: 'Enviat',
    responded: 'Ha respost',
    converted: 'Convertit',
    estimates: 'Pressupostos',
    orders: 'Comandes',
    responseRate: 'Taxa de resposta',
    conversionRate: 'Taxa de conversió',
    revenue: 'Ingressos {currency}',
    figure: 'Xifra',
    value: 'Valor',
    yes: 'Sí',
    no: 'No'
  },
  hu: {
    recipients: 'Címzettek',
    results: 'Eredmények',
    customer: 'Ügyfél',
    address: 'Cím',
    email: 'E-mail',
    language: 'Nyelv',
    sent: 'Elküldve',
    responded: 'Válaszolt',
    converted: 'Konvertált',
    estimates: 'Árajánlatok',
    orders: 'Megrendelések',
    responseRate: 'Válaszarány',
    conversionRate: 'Konverziós arány',
    revenue: 'Árbevétel {currency}',
    figure: 'Mutató',
    value: 'Érték',
    yes: 'Igen',
    no: 'Nem'
  },
  ru: {
    recipients: 'Получатели',
    results: 'Результаты',
    customer: 'Клиент',
    address: 'Адрес',
    email: 'Эл. почта',
    language: 'Язык',
    sent: 'Отправлено',
    responded: 'Ответил',
    converted: 'Конверсия',
    estimates: 'Коммерческие предложения',
    orders: 'Заказы',
    responseRate: 'Доля ответов',
    conversionRate: 'Конверсия, доля',
    revenue: 'Выручка {currency}',
    figure: 'Показатель',
    value: 'Значение',
    yes: 'Да',
    no: 'Нет'
  }
}
