/**
 * What a campaign writes into its letters and e-mails besides the user's own text, in the five
 * languages: the unsubscribe line every campaign e-mail ends with.
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
