/** Strings of customer requests and complaints: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  requests: {
    late: 'Late',
    lateOnly: 'Late only',
    navCount: '{{open}} open, {{late}} late',
    noneForCustomer: 'No requests from this customer.',
    colPriority: 'Priority',
    colKind: 'Kind',
    colOwner: 'Owner',
    colResolveBy: 'Resolve by',
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
  requestTimes: {
    title: 'Requests: response and resolution times',
    hint: 'Hours from the moment a request is opened until it must be answered and resolved, per priority. A request past one of them is shown as late.',
    response: 'Answer within (hours)',
    resolution: 'Resolve within (hours)',
    save: 'Save the times',
    invalid: 'Enter whole hours from 1 to 8760 in every box.'
  },
  request: {
    kind: 'Kind',
    kinds: {
      request: 'Request',
      complaint: 'Complaint',
      inquiry: 'Inquiry'
    },
    channel: 'Channel',
    channels: {
      phone: 'Phone',
      email: 'E-mail',
      visit: 'Visit',
      letter: 'Letter',
      walk_in: 'Walk-in'
    },
    priority: 'Priority',
    priorities: {
      urgent: 'Urgent',
      high: 'High',
      normal: 'Normal',
      low: 'Low'
    },
    category: 'Category',
    owner: 'Owner',
    office: 'The office',
    respondBy: 'Answer by',
    resolveBy: 'Resolve by',
    resolution: 'Resolution',
    satisfaction: 'Customer satisfaction',
    noLinks: 'No documents or visits linked yet.',
    unlink: 'Remove',
    unlinked: 'Link removed.',
    linkNumber: 'Document number',
    link: 'Link',
    linked: 'Document linked.',
    addComment: 'New comment',
    comment: 'Comment',
    commented: 'Comment added.',
    resolutionRequired: 'Say how the request was resolved before closing it.',
    closeTitle: 'Close the request',
    moveTitle: 'Make the request {{status}}',
    confirmMove: 'Confirm',
    satisfactionQuestion: 'How satisfied is the customer? (optional)',
    notAsked: 'Not asked',
    stars: {
      '1': '1 – very dissatisfied',
      '2': '2 – dissatisfied',
      '3': '3 – neutral',
      '4': '4 – satisfied',
      '5': '5 – very satisfied'
    },
    newTitle: 'New request',
    created: 'Request opened for {{customer}}.',
    sections: {
      links: 'Linked documents',
      thread: 'Thread',

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
    late: 'Atrasada',
    lateOnly: 'Solo atrasadas',
    navCount: '{{open}} abiertas, {{late}} atrasadas',
    noneForCustomer: 'Este cliente no tiene peticiones.',
    colPriority: 'Prioridad',
    colKind: 'Tipo',
    colOwner: 'Responsable',
    colResolveBy: 'Resolver antes de',
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
  requestTimes: {
    title: 'Peticiones: plazos de respuesta y de resolución',
    hint: 'Horas desde que se abre una petición hasta que debe responderse y resolverse, según la prioridad. Una petición que supera uno de ellos aparece como atrasada.',
    response: 'Responder en (horas)',
    resolution: 'Resolver en (horas)',
    save: 'Guardar los plazos',
    invalid: 'Escriba horas enteras de 1 a 8760 en cada casilla.'
  },
  request: {
    kind: 'Tipo',
    kinds: {
      request: 'Petición',
      complaint: 'Reclamación',
      inquiry: 'Consulta'
    },
    channel: 'Canal',
    channels: {
      phone: 'Teléfono',
      email: 'Correo electrónico',
      visit: 'Visita',
      letter: 'Carta',
      walk_in: 'En persona'
    },
    priority: 'Prioridad',
    priorities: {
      urgent: 'Urgente',
      high: 'Alta',
      normal: 'Normal',
      low: 'Baja'
    },
    category: 'Categoría',
    owner: 'Responsable',
    office: 'La oficina',
    respondBy: 'Responder antes de',
    resolveBy: 'Resolver antes de',
    resolution: 'Resolución',
    satisfaction: 'Satisfacción del cliente',
    noLinks: 'Aún no hay documentos ni visitas vinculados.',
    unlink: 'Quitar',
    unlinked: 'Vínculo quitado.',
    linkNumber: 'Número de documento',
    link: 'Vincular',
    linked: 'Documento vinculado.',
    addComment: 'Nuevo comentario',
    comment: 'Comentario',
    commented: 'Comentario añadido.',
    resolutionRequired: 'Indique cómo se resolvió la petición antes de cerrarla.',
    closeTitle: 'Cerrar la petición',
    moveTitle: 'Pasar la petición a {{status}}',
    confirmMove: 'Confirmar',
    satisfactionQuestion: '¿Qué grado de satisfacción tiene el cliente? (opcional)',
    notAsked: 'No preguntado',
    stars: {
      '1': '1 – muy insatisfecho',
      '2': '2 – insatisfecho',
      '3': '3 – neutral',
      '4': '4 – satisfecho',
      '5': '5 – muy satisfecho'
    },
    newTitle: 'Nueva petición',
    created: 'Petición abierta para {{customer}}.',
    sections: {
      links: 'Documentos vinculados',
      thread: 'Historial',

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
    late: 'Endarrerida',
    lateOnly: 'Només endarrerides',
    navCount: '{{open}} obertes, {{late}} endarrerides',
    noneForCustomer: 'Aquest client no té peticions.',
    colPriority: 'Prioritat',
    colKind: 'Tipus',
    colOwner: 'Responsable',
    colResolveBy: 'Resoldre abans de',
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
  requestTimes: {
    title: 'Peticions: terminis de resposta i de resolució',
    hint: 'Hores des que s’obre una petició fins que s’ha de respondre i resoldre, segons la prioritat. Una petició que en supera un apareix com a endarrerida.',
    response: 'Respondre en (hores)',
    resolution: 'Resoldre en (hores)',
    save: 'Desar els terminis',
    invalid: 'Escriviu hores senceres d’1 a 8760 a cada casella.'
  },
  request: {
    kind: 'Tipus',
    kinds: {
      request: 'Petició',
      complaint: 'Reclamació',
      inquiry: 'Consulta'
    },
    channel: 'Canal',
    channels: {
      phone: 'Telèfon',
      email: 'Correu electrònic',
      visit: 'Visita',
      letter: 'Carta',
      walk_in: 'En persona'
    },
    priority: 'Prioritat',
    priorities: {
      urgent: 'Urgent',
      high: 'Alta',
      normal: 'Normal',
      low: 'Baixa'
    },
    category: 'Categoria',
    owner: 'Responsable',
    office: 'L’oficina',
    respondBy: 'Respondre abans de',
    resolveBy: 'Resoldre abans de',
    resolution: 'Resolució',
    satisfaction: 'Satisfacció del client',
    noLinks: 'Encara no hi ha documents ni visites vinculats.',
    unlink: 'Treure',
    unlinked: 'Vincle tret.',
    linkNumber: 'Número de document',
    link: 'Vincular',
    linked: 'Document vinculat.',
    addComment: 'Comentari nou',
    comment: 'Comentari',
    commented: 'Comentari afegit.',
    resolutionRequired: 'Indiqueu com s’ha resolt la petició abans de tancar-la.',
    closeTitle: 'Tancar la petició',
    moveTitle: 'Passar la petició a {{status}}',
    confirmMove: 'Confirmar',
    satisfactionQuestion: 'Quin grau de satisfacció té el client? (opcional)',
    notAsked: 'No preguntat',
    stars: {
      '1': '1 – molt insatisfet',
      '2': '2 – insatisfet',
      '3': '3 – neutral',
      '4': '4 – satisfet',
      '5': '5 – molt satisfet'
    },
    newTitle: 'Petició nova',
    created: 'S’ha obert la petició per a {{customer}}.',
    sections: {
      links: 'Documents vinculats',
      thread: 'Historial',
      general: 'Petició',
      status: 'Estat'
    },
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
    late: 'Késésben',
    lateOnly: 'Csak a késők',
    navCount: '{{open}} nyitott, {{late}} késésben',
    noneForCustomer: 'Ennek az ügyfélnek nincs kérése.',
    colPriority: 'Prioritás',
    colKind: 'Fajta',
    colOwner: 'Felelős',
    colResolveBy: 'Megoldási határidő',
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
  requestTimes: {
    title: 'Kérések: válaszadási és megoldási idő',
    hint: 'Órák száma a kérés megnyitásától a válaszadás és a megoldás határidejéig, prioritásonként. Amelyik kérés valamelyiket túllépi, késésben lévőként jelenik meg.',
    response: 'Válasz (órán belül)',
    resolution: 'Megoldás (órán belül)',
    save: 'Határidők mentése',
    invalid: 'Minden mezőbe 1 és 8760 közötti egész óraszámot írjon.'
  },
  request: {
    kind: 'Fajta',
    kinds: {
      request: 'Kérés',
      complaint: 'Panasz',
      inquiry: 'Érdeklődés'
    },
    channel: 'Csatorna',
    channels: {
      phone: 'Telefon',
      email: 'E-mail',
      visit: 'Látogatás',
      letter: 'Levél',
      walk_in: 'Személyesen'
    },
    priority: 'Prioritás',
    priorities: {
      urgent: 'Sürgős',
      high: 'Magas',
      normal: 'Normál',
      low: 'Alacsony'
    },
    category: 'Kategória',
    owner: 'Felelős',
    office: 'Az iroda',
    respondBy: 'Válaszadási határidő',
    resolveBy: 'Megoldási határidő',
    resolution: 'Megoldás',
    satisfaction: 'Ügyfél-elégedettség',
    noLinks: 'Még nincs kapcsolt bizonylat vagy látogatás.',
    unlink: 'Eltávolítás',
    unlinked: 'Kapcsolat eltávolítva.',
    linkNumber: 'Bizonylatszám',
    link: 'Kapcsolás',
    linked: 'Bizonylat kapcsolva.',
    addComment: 'Új megjegyzés',
    comment: 'Megjegyzés',
    commented: 'Megjegyzés hozzáadva.',
    resolutionRequired: 'Lezárás előtt írja le, hogyan oldódott meg a kérés.',
    closeTitle: 'A kérés lezárása',
    moveTitle: 'A kérés állapota: {{status}}',
    confirmMove: 'Megerősítés',
    satisfactionQuestion: 'Mennyire elégedett az ügyfél? (nem kötelező)',
    notAsked: 'Nem kérdeztük',
    stars: {
      '1': '1 – nagyon elégedetlen',
      '2': '2 – elégedetlen',
      '3': '3 – semleges',
      '4': '4 – elégedett',
      '5': '5 – nagyon elégedett'
    },
    newTitle: 'Új kérés',
    created: 'Kérés megnyitva: {{customer}}.',
    sections: {
      links: 'Kapcsolt bizonylatok',
      thread: 'Előzmények',
      general: 'Kérés',
      status: 'Állapot'
    },
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
    late: 'Просрочено',
    lateOnly: 'Только просроченные',
    navCount: '{{open}} открыто, {{late}} просрочено',
    noneForCustomer: 'У этого клиента нет обращений.',
    colPriority: 'Приоритет',
    colKind: 'Вид',
    colOwner: 'Ответственный',
    colResolveBy: 'Решить до',
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
  requestTimes: {
    title: 'Обращения: сроки ответа и решения',
    hint: 'Часы с момента открытия обращения до срока ответа и срока решения, по приоритетам. Обращение, превысившее один из сроков, показывается как просроченное.',
    response: 'Ответить за (часов)',
    resolution: 'Решить за (часов)',
    save: 'Сохранить сроки',
    invalid: 'Введите в каждое поле целое число часов от 1 до 8760.'
  },
  request: {
    kind: 'Вид',
    kinds: {
      request: 'Запрос',
      complaint: 'Жалоба',
      inquiry: 'Вопрос'
    },
    channel: 'Канал',
    channels: {
      phone: 'Телефон',
      email: 'Эл. почта',
      visit: 'Визит',
      letter: 'Письмо',
      walk_in: 'Лично'
    },
    priority: 'Приоритет',
    priorities: {
      urgent: 'Срочный',
      high: 'Высокий',
      normal: 'Обычный',
      low: 'Низкий'
    },
    category: 'Категория',
    owner: 'Ответственный',
    office: 'Офис',
    respondBy: 'Ответить до',
    resolveBy: 'Решить до',
    resolution: 'Решение',
    satisfaction: 'Удовлетворённость клиента',
    noLinks: 'Связанных документов и визитов пока нет.',
    unlink: 'Убрать',
    unlinked: 'Связь удалена.',
    linkNumber: 'Номер документа',
    link: 'Связать',
    linked: 'Документ связан.',
    addComment: 'Новый комментарий',
    comment: 'Комментарий',
    commented: 'Комментарий добавлен.',
    resolutionRequired: 'Перед закрытием укажите, как решено обращение.',
    closeTitle: 'Закрыть обращение',
    moveTitle: 'Перевести обращение в состояние «{{status}}»',
    confirmMove: 'Подтвердить',
    satisfactionQuestion: 'Насколько доволен клиент? (необязательно)',
    notAsked: 'Не спрашивали',
    stars: {
      '1': '1 – очень недоволен',
      '2': '2 – недоволен',
      '3': '3 – нейтрально',
      '4': '4 – доволен',
      '5': '5 – очень доволен'
    },
    newTitle: 'Новое обращение',
    created: 'Обращение открыто для клиента {{customer}}.',
    sections: {
      links: 'Связанные документы',
      thread: 'История',
      general: 'Обращение',
      status: 'Статус'
    },
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
