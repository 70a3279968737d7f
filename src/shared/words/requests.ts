/**
 * The words for customer requests and complaints that both the request screens (renderer
 * requests/strings.ts) and the core's request list export show, written once (glossary: request /
 * complaint).
 */
import type { Language } from '../languages'
import type { RequestChannel, RequestKind, RequestPriority, RequestStatus } from '../schemas/requests'

/** Where a request stands. */
export const requestStatusWords: Record<Language, Record<RequestStatus, string>> = {
  en: { draft: 'Draft', open: 'Open', closed: 'Closed' },
  es: { draft: 'Borrador', open: 'Abierta', closed: 'Cerrada' },
  ca: { draft: 'Esborrany', open: 'Oberta', closed: 'Tancada' },
  hu: { draft: 'Piszkozat', open: 'Nyitott', closed: 'Lezárt' },
  ru: { draft: 'Черновик', open: 'Открыто', closed: 'Закрыто' }
}

/** What the customer brought: a request, a complaint or an inquiry. */
export const requestKindWords: Record<Language, Record<RequestKind, string>> = {
  en: { request: 'Request', complaint: 'Complaint', inquiry: 'Inquiry' },
  es: { request: 'Petición', complaint: 'Reclamación', inquiry: 'Consulta' },
  ca: { request: 'Petició', complaint: 'Reclamació', inquiry: 'Consulta' },
  hu: { request: 'Kérés', complaint: 'Panasz', inquiry: 'Érdeklődés' },
  ru: { request: 'Запрос', complaint: 'Жалоба', inquiry: 'Вопрос' }
}

/** How the request reached the company. */
export const requestChannelWords: Record<Language, Record<RequestChannel, string>> = {
  en: { phone: 'Phone', email: 'E-mail', visit: 'Visit', letter: 'Letter', walk_in: 'Walk-in' },
  es: {
    phone: 'Teléfono',
    email: 'Correo electrónico',
    visit: 'Visita',
    letter: 'Carta',
    walk_in: 'En persona'
  },
  ca: {
    phone: 'Telèfon',
    email: 'Correu electrònic',
    visit: 'Visita',
    letter: 'Carta',
    walk_in: 'En persona'
  },
  hu: { phone: 'Telefon', email: 'E-mail', visit: 'Látogatás', letter: 'Levél', walk_in: 'Személyesen' },
  ru: { phone: 'Телефон', email: 'Эл. почта', visit: 'Визит', letter: 'Письмо', walk_in: 'Лично' }
}

/** How soon it must be answered and resolved. */
export const requestPriorityWords: Record<Language, Record<RequestPriority, string>> = {
  en: { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' },
  es: { urgent: 'Urgente', high: 'Alta', normal: 'Normal', low: 'Baja' },
  ca: { urgent: 'Urgent', high: 'Alta', normal: 'Normal', low: 'Baixa' },
  hu: { urgent: 'Sürgős', high: 'Magas', normal: 'Normál', low: 'Alacsony' },
  ru: { urgent: 'Срочный', high: 'Высокий', normal: 'Обычный', low: 'Низкий' }
}
