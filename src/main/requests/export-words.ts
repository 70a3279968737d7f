/**
 * The request list's Excel export in the five languages (issue 14), with the words of the request
 * screens (renderer requests/strings.ts; glossary: request / complaint).
 */
import type { Language } from '../../shared/languages'
import type {
  RequestChannel,
  RequestKind,
  RequestPriority,
  RequestStatus
} from '../../shared/schemas/requests'

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
    statuses: { draft: 'Draft', open: 'Open', closed: 'Closed' },
    kinds: { request: 'Request', complaint: 'Complaint', inquiry: 'Inquiry' },
    channels: { phone: 'Phone', email: 'E-mail', visit: 'Visit', letter: 'Letter', walk_in: 'Walk-in' },
    priorities: { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' }
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
    statuses: { draft: 'Borrador', open: 'Abierta', closed: 'Cerrada' },
    kinds: { request: 'Petición', complaint: 'Reclamación', inquiry: 'Consulta' },
    channels: {
      phone: 'Teléfono',
      email: 'Correo electrónico',
      visit: 'Visita',
      letter: 'Carta',
      walk_in: 'En persona'
    },
    priorities: { urgent: 'Urgente', high: 'Alta', normal: 'Normal', low: 'Baja' }
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
    statuses: { draft: 'Esborrany', open: 'Oberta', closed: 'Tancada' },
    kinds: { request: 'Petició', complaint: 'Reclamació', inquiry: 'Consulta' },
    channels: {
      phone: 'Telèfon',
      email: 'Correu electrònic',
      visit: 'Visita',
      letter: 'Carta',
      walk_in: 'En persona'
    },
    priorities: { urgent: 'Urgent', high: 'Alta', normal: 'Normal', low: 'Baixa' }
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
    statuses: { draft: 'Piszkozat', open: 'Nyitott', closed: 'Lezárt' },
    kinds: { request: 'Kérés', complaint: 'Panasz', inquiry: 'Érdeklődés' },
    channels: {
      phone: 'Telefon',
      email: 'E-mail',
      visit: 'Látogatás',
      letter: 'Levél',
      walk_in: 'Személyesen'
    },
    priorities: { urgent: 'Sürgős', high: 'Magas', normal: 'Normál', low: 'Alacsony' }
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
    statuses: { draft: 'Черновик', open: 'Открыто', closed: 'Закрыто' },
    kinds: { request: 'Запрос', complaint: 'Жалоба', inquiry: 'Вопрос' },
    channels: {
      phone: 'Телефон',
      email: 'Эл. почта',
      visit: 'Визит',
      letter: 'Письмо',
      walk_in: 'Лично'
    },
    priorities: { urgent: 'Срочный', high: 'Высокий', normal: 'Обычный', low: 'Низкий' }
  }
}
