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

const ca: Strings<typeof en> = {
  requests: {
    title: 'Peticions i reclamacions',
    count_one: '{{formatted}} petició',
    count_many: '{{formatted}} de peticions',
    count_other: '{{formatted}} peticions',
    new: 'Petició nova',
    searchLabel: 'Cerca',
    searchPlaceholder: 'Títol, descripció o client…',
    filterStatus: 'Estat',
    notClosed: 'No tancades',
    listLabel: 'Peticions i reclamacions',
    status: { draft: 'Esborrany', open: 'Oberta', closed: 'Tancada' },
    col: {
      createdAt: 'Rebuda',
      customerName: 'Client',
      title: 'Títol',
      status: 'Estat',
      visit: 'De la visita del',
      updatedAt: 'Darrer canvi'
    }
  },
  request: {
    newTitle: 'Petició nova',
    created: 'S’ha obert la petició per a {{customer}}.',
    sections: { general: 'Petició', status: 'Estat' },
    customer: 'Client',
    titleField: 'Títol',
    description: 'Descripció',
    descriptionHint: 'Què demana o de què es queixa el client, i què s’ha acordat.',
    visit: 'De la visita del',
    noVisit: 'Introduïda a mà',
    draftHint:
      'Aquest esborrany s’ha creat a partir d’una visita. Reviseu el títol i la descripció i obriu-la perquè se’n faci el seguiment.',
    openHint: 'Tanqueu la petició quan s’hagi resolt.',
    closedHint: 'Aquesta petició està tancada. Torneu-la a obrir si el client hi torna.',
    open: 'Obre la petició',
    close: 'Tanca la petició',
    reopen: 'Torna a obrir',
    opened: 'S’ha obert la petició.',
    closedDone: 'S’ha tancat la petició.',
    reopened: 'S’ha tornat a obrir la petició.',
    saveFirst: 'Primer deseu o desfeu els canvis.'
  }
}

const hu: Strings<typeof en> = {
  requests: {
    title: 'Kérések és reklamációk',
    count_one: '{{formatted}} kérés',
    count_other: '{{formatted}} kérés',
    new: 'Új kérés',
    searchLabel: 'Keresés',
    searchPlaceholder: 'Cím, leírás vagy ügyfél…',
    filterStatus: 'Állapot',
    notClosed: 'Nem lezárt',
    listLabel: 'Kérések és reklamációk',
    status: { draft: 'Piszkozat', open: 'Nyitott', closed: 'Lezárt' },
    col: {
      createdAt: 'Beérkezett',
      customerName: 'Ügyfél',
      title: 'Cím',
      status: 'Állapot',
      visit: 'Látogatásból',
      updatedAt: 'Utoljára módosítva'
    }
  },
  request: {
    newTitle: 'Új kérés',
    created: 'Kérés megnyitva: {{customer}}.',
    sections: { general: 'Kérés', status: 'Állapot' },
    customer: 'Ügyfél',
    titleField: 'Cím',
    description: 'Leírás',
    descriptionHint: 'Mit kér vagy mit kifogásol az ügyfél, és miben állapodtak meg.',
    visit: 'Látogatásból',
    noVisit: 'Kézzel rögzítve',
    draftHint:
      'Ez a piszkozat egy látogatásból készült. Ellenőrizze a címet és a leírást, majd nyissa meg, hogy nyomon kövessék.',
    openHint: 'Zárja le a kérést, ha elintézték.',
    closedHint: 'Ez a kérés le van zárva. Nyissa meg újra, ha az ügyfél ismét jelentkezik vele.',
    open: 'Kérés megnyitása',
    close: 'Kérés lezárása',
    reopen: 'Újranyitás',
    opened: 'Kérés megnyitva.',
    closedDone: 'Kérés lezárva.',
    reopened: 'Kérés újranyitva.',
    saveFirst: 'Előbb mentse vagy vonja vissza a módosításait.'
  }
}

const ru: Strings<typeof en> = {
  requests: {
    title: 'Обращения и жалобы',
    count_one: '{{formatted}} обращение',
    count_few: '{{formatted}} обращения',
    count_many: '{{formatted}} обращений',
    count_other: '{{formatted}} обращения',
    new: 'Новое обращение',
    searchLabel: 'Поиск',
    searchPlaceholder: 'Тема, описание или клиент…',
    filterStatus: 'Статус',
    notClosed: 'Не закрытые',
    listLabel: 'Обращения и жалобы',
    status: { draft: 'Черновик', open: 'Открыто', closed: 'Закрыто' },
    col: {
      createdAt: 'Поступило',
      customerName: 'Клиент',
      title: 'Тема',
      status: 'Статус',
      visit: 'По визиту от',
      updatedAt: 'Изменено'
    }
  },
  request: {
    newTitle: 'Новое обращение',
    created: 'Обращение открыто для клиента {{customer}}.',
    sections: { general: 'Обращение', status: 'Статус' },
    customer: 'Клиент',
    titleField: 'Тема',
    description: 'Описание',
    descriptionHint: 'Что просит клиент или на что жалуется, и о чём договорились.',
    visit: 'По визиту от',
    noVisit: 'Введено вручную',
    draftHint:
      'Этот черновик создан по итогам визита. Проверьте тему и описание, затем откройте обращение, чтобы его взяли в работу.',
    openHint: 'Закройте обращение, когда вопрос решён.',
    closedHint: 'Обращение закрыто. Откройте его снова, если клиент вернётся к этому вопросу.',
    open: 'Открыть обращение',
    close: 'Закрыть обращение',
    reopen: 'Открыть снова',
    opened: 'Обращение открыто.',
    closedDone: 'Обращение закрыто.',
    reopened: 'Обращение открыто снова.',
    saveFirst: 'Сначала сохраните или отмените изменения.'
  }
}

export const requestsStrings: Translations<typeof en> = { en, es, ca, hu, ru }

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
  },
  ca: {
    'This request was changed elsewhere since you opened it. Reload it, then make your change again.':
      'Aquesta petició s’ha modificat en un altre lloc des que l’heu oberta. Torneu-la a carregar i repetiu el canvi.',
    'This request is already a draft.': 'Aquesta petició ja és un esborrany.',
    'This request is already open.': 'Aquesta petició ja està oberta.',
    'This request is already closed.': 'Aquesta petició ja està tancada.',
    'A request cannot go back to being a draft.': 'Una petició no pot tornar a ser un esborrany.',
    'A draft request must be opened before it can be closed.':
      'Un esborrany de petició s’ha d’obrir abans de poder-lo tancar.',
    'This customer does not exist': 'Aquest client no existeix'
  },
  hu: {
    'This request was changed elsewhere since you opened it. Reload it, then make your change again.':
      'Ezt a kérést máshol módosították, mióta megnyitotta. Töltse be újra, majd végezze el újra a módosítást.',
    'This request is already a draft.': 'Ez a kérés már piszkozat.',
    'This request is already open.': 'Ez a kérés már nyitott.',
    'This request is already closed.': 'Ez a kérés már le van zárva.',
    'A request cannot go back to being a draft.': 'Egy kérés nem lehet újra piszkozat.',
    'A draft request must be opened before it can be closed.': 'A piszkozatot lezárás előtt meg kell nyitni.',
    'This customer does not exist': 'Ez az ügyfél nem létezik'
  },
  ru: {
    'This request was changed elsewhere since you opened it. Reload it, then make your change again.':
      'Обращение было изменено в другом месте после того, как вы его открыли. Загрузите его заново и повторите изменение.',
    'This request is already a draft.': 'Обращение уже является черновиком.',
    'This request is already open.': 'Обращение уже открыто.',
    'This request is already closed.': 'Обращение уже закрыто.',
    'A request cannot go back to being a draft.': 'Обращение нельзя вернуть в черновик.',
    'A draft request must be opened before it can be closed.':
      'Черновик нужно открыть, прежде чем закрывать.',
    'This customer does not exist': 'Такого клиента нет'
  }
}
