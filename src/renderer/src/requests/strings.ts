/** Strings of customer requests and complaints: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { MessageTranslations, Strings, Translations } from '../../../shared/languages'

const en = {
  requests: {
    title: 'Requests & complaints',
    count_one: '{{formatted}} request',
    count_other: '{{formatted}} requests',
    new: 'New request',
    searchLabel: 'Search',
    searchPlaceholder: 'Title, description or customer…',
    filterStatus: 'Status',
    notClosed: 'Not closed',
    listLabel: 'Requests and complaints',
    status: {
      draft: 'Draft',
      open: 'Open',
      closed: 'Closed'
    },
    col: {
      createdAt: 'Received',
      customerName: 'Customer',
      title: 'Title',
      status: 'Status',
      visit: 'From the visit of',
      updatedAt: 'Last changed'
    }
  },
  request: {
    newTitle: 'New request',
    created: 'Request opened for {{customer}}.',
    sections: {
      general: 'Request',
      status: 'Status'
    },
    customer: 'Customer',
    titleField: 'Title',
    description: 'Description',
    descriptionHint: 'What the customer asks for or complains about, and what was agreed.',
    visit: 'From the visit of',
    noVisit: 'Entered by hand',
    draftHint:
      'This draft was made from a visit. Check the title and description, then open it so it is followed up.',
    openHint: 'Close the request once it has been dealt with.',
    closedHint: 'This request is closed. Reopen it if the customer comes back about it.',
    open: 'Open the request',
    close: 'Close the request',
    reopen: 'Reopen',
    opened: 'Request opened.',
    closedDone: 'Request closed.',
    reopened: 'Request reopened.',
    saveFirst: 'Save or undo your changes first.'
  }
}

const es: Strings<typeof en> = {
  requests: {
    title: 'Peticiones y reclamaciones',
    count_one: '{{formatted}} petición',
    count_other: '{{formatted}} peticiones',
    new: 'Nueva petición',
    searchLabel: 'Buscar',
    searchPlaceholder: 'Título, descripción o cliente…',
    filterStatus: 'Estado',
    notClosed: 'Sin cerrar',
    listLabel: 'Peticiones y reclamaciones',
    status: {
      draft: 'Borrador',
      open: 'Abierta',
      closed: 'Cerrada'
    },
    col: {
      createdAt: 'Recibida',
      customerName: 'Cliente',
      title: 'Título',
      status: 'Estado',
      visit: 'De la visita del',
      updatedAt: 'Último cambio'
    },
    count_many: '{{formatted}} peticiones'
  },
  request: {
    newTitle: 'Nueva petición',
    created: 'Petición abierta para {{customer}}.',
    sections: {
      general: 'Petición',
      status: 'Estado'
    },
    customer: 'Cliente',
    titleField: 'Título',
    description: 'Descripción',
    descriptionHint: 'Qué pide o de qué se queja el cliente, y qué se acordó.',
    visit: 'De la visita del',
    noVisit: 'Introducida a mano',
    draftHint:
      'Este borrador se creó desde una visita. Revise el título y la descripción y ábralo para hacer el seguimiento.',
    openHint: 'Cierre la petición cuando esté resuelta.',
    closedHint: 'Esta petición está cerrada. Vuelva a abrirla si el cliente insiste.',
    open: 'Abrir la petición',
    close: 'Cerrar la petición',
    reopen: 'Reabrir',
    opened: 'Petición abierta.',
    closedDone: 'Petición cerrada.',
    reopened: 'Petición reabierta.',
    saveFirst: 'Primero guarde o deshaga sus cambios.'
  }
}

export const requestsStrings: Translations<typeof en> = { en, es }

/** English messages of the schemas and the API, translated. */
export const requestsMessages: MessageTranslations = {
  es: {
    'This request was changed elsewhere since you opened it. Reload it, then make your change again.':
      'Otra persona cambió esta petición después de que la abriera. Vuelva a cargarla y repita el cambio.',
    'This request is already a draft.': 'Esta petición ya es un borrador.',
    'This request is already open.': 'Esta petición ya está abierta.',
    'This request is already closed.': 'Esta petición ya está cerrada.',
    'A request cannot go back to being a draft.': 'Una petición no puede volver a ser un borrador.',
    'A draft request must be opened before it can be closed.':
      'Un borrador de petición debe abrirse antes de cerrarse.',
    'This customer does not exist': 'Este cliente no existe'
  }
}
