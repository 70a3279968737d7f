/**
 * The request list's Excel export in the five languages (issue 14), with the words of the request
 * screens (renderer requests/strings.ts; glossary: request / complaint): a request's status, kind,
 * channel and priority are the screens' own (shared/words/requests.ts).
 */
import type { Language } from '../../shared/languages'
import type {
  RequestChannel,
  RequestKind,
  RequestPriority,
  RequestStatus
} from '../../shared/schemas/requests'
import {
  requestChannelWords,
  requestKindWords,
  requestPriorityWords,
  requestStatusWords
} from '../../shared/words/requests'

interface RequestExportWords {
  sheet: string
  created: string
  customerCode: string
  customer: string
  title: string
  description: string
  status: string
  visit: string
  lastChanged: string
  kind: string
  channel: string
  category: string
  priority: string
  owner: string
  respondBy: string
  resolveBy: string
  late: string
  closed: string
  resolution: string
  satisfaction: string
  /** In the owner column of a request nobody owns. */
  office: string
  statuses: Record<RequestStatus, string>
  kinds: Record<RequestKind, string>
  channels: Record<RequestChannel, string>
  priorities: Record<RequestPriority, string>
}

export const requestExportWords: Record<Language, RequestExportWords> = {
  en: {
    sheet: 'Requests',
    created: 'Created',
    customerCode: 'Customer code',
    customer: 'Customer',
    title: 'Title',
    description: 'Description',
    status: 'Status',
    visit: 'Visit',
    lastChanged: 'Last changed',
    kind: 'Kind',
    channel: 'Channel',
    category: 'Category',
    priority: 'Priority',
    owner: 'Owner',
    respondBy: 'Respond by',
    resolveBy: 'Resolve by',
    late: 'Late',
    closed: 'Closed',
    resolution: 'Resolution',
    satisfaction: 'Satisfaction',
    office: 'Office',
    statuses: requestStatusWords.en,
    kinds: requestKindWords.en,
    channels: requestChannelWords.en,
    priorities: requestPriorityWords.en
  },
  es: {
    sheet: 'Peticiones',
    created: 'Recibida',
    customerCode: 'Código de cliente',
    customer: 'Cliente',
    title: 'Título',
    description: 'Descripción',
    status: 'Estado',
    visit: 'Visita',
    lastChanged: 'Último cambio',
    kind: 'Tipo',
    channel: 'Canal',
    category: 'Categoría',
    priority: 'Prioridad',
    owner: 'Responsable',
    respondBy: 'Responder antes de',
    resolveBy: 'Resolver antes de',
    late: 'Fuera de plazo',
    closed: 'Cerrada',
    resolution: 'Resolución',
    satisfaction: 'Satisfacción',
    office: 'Oficina',
    statuses: requestStatusWords.es,
    kinds: requestKindWords.es,
    channels: requestChannelWords.es,
    priorities: requestPriorityWords.es
  },
  ca: {
    sheet: 'Peticions',
    created: 'Rebuda',
    customerCode: 'Codi de client',
    customer: 'Client',
    title: 'Títol',
    description: 'Descripció',
    status: 'Estat',
    visit: 'Visita',
    lastChanged: 'Darrer canvi',
    kind: 'Tipus',
    channel: 'Canal',
    category: 'Categoria',
    priority: 'Prioritat',
    owner: 'Responsable',
    respondBy: 'Respondre abans de',
    resolveBy: 'Resoldre abans de',
    late: 'Fora de termini',
    closed: 'Tancada',
    resolution: 'Resolució',
    satisfaction: 'Satisfacció',
    office: 'Oficina',
    statuses: requestStatusWords.ca,
    kinds: requestKindWords.ca,
    channels: requestChannelWords.ca,
    priorities: requestPriorityWords.ca
  },
  hu: {
    sheet: 'Kérések',
    created: 'Beérkezett',
    customerCode: 'Ügyfélkód',
    customer: 'Ügyfél',
    title: 'Cím',
    description: 'Leírás',
    status: 'Állapot',
    visit: 'Látogatás',
    lastChanged: 'Utoljára módosítva',
    kind: 'Fajta',
    channel: 'Csatorna',
    category: 'Kategória',
    priority: 'Prioritás',
    owner: 'Felelős',
    respondBy: 'Válaszadási határidő',
    resolveBy: 'Megoldási határidő',
    late: 'Késésben',
    closed: 'Lezárva',
    resolution: 'Megoldás',
    satisfaction: 'Elégedettség',
    office: 'Iroda',
    statuses: requestStatusWords.hu,
    kinds: requestKindWords.hu,
    channels: requestChannelWords.hu,
    priorities: requestPriorityWords.hu
  },
  ru: {
    sheet: 'Обращения',
    created: 'Поступило',
    customerCode: 'Код клиента',
    customer: 'Клиент',
    title: 'Тема',
    description: 'Описание',
    status: 'Статус',
    visit: 'Визит',
    lastChanged: 'Изменено',
    kind: 'Вид',
    channel: 'Канал',
    category: 'Категория',
    priority: 'Приоритет',
    owner: 'Ответственный',
    respondBy: 'Ответить до',
    resolveBy: 'Решить до',
    late: 'Просрочено',
    closed: 'Закрыто',
    resolution: 'Решение',
    satisfaction: 'Удовлетворённость',
    office: 'Офис',
    statuses: requestStatusWords.ru,
    kinds: requestKindWords.ru,
    channels: requestChannelWords.ru,
    priorities: requestPriorityWords.ru
  }
}
