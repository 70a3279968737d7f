/** Strings of the customer list and record: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'
import { customerStatusWords } from '../../../shared/words/customers'

const en = {
  customers: {
    title: 'Customers',
    count_one: '{{formatted}} customer',
    count_other: '{{formatted}} customers',
    searchLabel: 'Search customers',
    searchPlaceholder: 'Name, code, tax id, city, contact…',
    new: 'New customer',
    newTitle: 'New customer',
    listLabel: 'Customer list',
    filterStatus: 'Status',
    filterArchived: 'Archived',
    filterExecutive: 'Sales executive',
    anyExecutive: 'Any executive',
    archivedExclude: 'Hide archived',
    archivedInclude: 'Show archived too',
    archivedOnly: 'Archived only',
    archivedBadge: 'Archived',
    col: {
      code: 'Code',
      name: 'Name',
      city: 'City',
      country: 'Country',
      status: 'Status',
      executiveName: 'Sales executive',
      contact: 'Contact',
      updatedAt: 'Last changed'
    },
    status: customerStatusWords.en
  },
  customer: {
    sections: {
      general: 'General',
      billing: 'Billing address',
      mailing: 'Mailing address',
      delivery: 'Delivery address',
      contacts: 'Contacts',
      payment: 'Payment',
      products: 'Product preferences',
      notes: 'Notes',
      activity: 'Activity'
    },
    code: 'Customer code',
    codeHint: 'Leave blank to get the next free code automatically.',
    name: 'Name',
    status: 'Status',
    documentLanguage: 'Document language',
    documentLanguageHint:
      'Invoices, reminders, statements and e-mails for this customer are in this language.',
    documentLanguageAuto: 'From the country ({{language}})',
    taxId: 'Tax id',
    executive: 'Sales executive',
    noExecutive: 'No sales executive',
    inactiveExecutive: '{{name}} (inactive)',
    address: {
      line1: 'Street and number',
      line2: 'Address line 2',
      postalCode: 'Postal code',
      city: 'City',
      region: 'Region / province',
      country: 'Country (2 letters)'
    },
    sameAsBilling: 'Same as billing address',
    contact: {
      name: 'Contact name',
      role: 'Role',
      phone: 'Phone',
      email: 'E-mail',
      add: 'Add contact',
      remove: 'Remove contact {{number}}',
      none: 'No contacts yet.',
      number: 'Contact {{number}}'
    },
    paymentTermsDays: 'Payment terms (days)',
    preferredPaymentMethod: 'Preferred payment method',
    productPicker: 'Add a product',
    productPickerPlaceholder: 'Type a product name or SKU…',
    productNone: 'No preferred products yet.',
    productNoMatch: 'No active product matches.',
    productNotes: 'Notes on product preferences',
    notes: 'Notes',
    archivedNotice: 'This customer is archived: it is hidden from the customer list and from new documents.',
    archiveConfirm:
      'Archive {{name}}? It disappears from the customer list but keeps all its history. You can restore it later.',
    deleteConfirm:
      'Delete {{name}} for good? This only works for a customer with no history; otherwise archive it.',
    deleted: 'The customer {{name}} was deleted.',
    archived: 'The customer was archived.',
    restored: 'The customer was restored.',
    created: 'The customer was created with code {{code}}.',
    noActivity: 'No activity recorded yet.'
  },
  customerDuplicates: {
    sameTaxId:
      'Another customer already has this tax id: saving will ask you to confirm that this is a different customer.',
    similarName: 'Customers with nearly the same name (is it one of these?):',
    archived: 'archived',
    confirmTitle: 'Same tax id',
    confirmBody: '{{code}} {{name}} already has the tax id {{taxId}}. Save anyway as a different customer?',
    confirmOk: 'Save as a different customer'
  }
}

const es: Strings<typeof en> = {
  customers: {
    title: 'Clientes',
    count_one: '{{formatted}} cliente',
    count_other: '{{formatted}} clientes',
    searchLabel: 'Buscar clientes',
    searchPlaceholder: 'Nombre, código, NIF, ciudad, contacto…',
    new: 'Nuevo cliente',
    newTitle: 'Nuevo cliente',
    listLabel: 'Lista de clientes',
    filterStatus: 'Estado',
    filterArchived: 'Archivados',
    filterExecutive: 'Comercial',
    anyExecutive: 'Cualquier comercial',
    archivedExclude: 'Ocultar archivados',
    archivedInclude: 'Mostrar también archivados',
    archivedOnly: 'Solo archivados',
    archivedBadge: 'Archivado',
    col: {
      code: 'Código',
      name: 'Nombre',
      city: 'Ciudad',
      country: 'País',
      status: 'Estado',
      executiveName: 'Comercial',
      contact: 'Contacto',
      updatedAt: 'Último cambio'
    },
    status: customerStatusWords.es,
    count_many: '{{formatted}} clientes'
  },
  customer: {
    sections: {
      general: 'General',
      billing: 'Dirección de facturación',
      mailing: 'Dirección postal',
      delivery: 'Dirección de entrega',
      contacts: 'Contactos',
      payment: 'Pago',
      products: 'Preferencias de productos',
      notes: 'Notas',
      activity: 'Actividad'
    },
    code: 'Código de cliente',
    codeHint: 'Déjelo en blanco para asignar automáticamente el siguiente código libre.',
    name: 'Nombre',
    status: 'Estado',
    documentLanguage: 'Idioma de los documentos',
    documentLanguageHint:
      'Las facturas, recordatorios, extractos y correos de este cliente se emiten en este idioma.',
    documentLanguageAuto: 'Según el país ({{language}})',
    taxId: 'NIF / CIF',
    executive: 'Comercial',
    noExecutive: 'Sin comercial',
    inactiveExecutive: '{{name}} (inactivo)',
    address: {
      line1: 'Calle y número',
      line2: 'Dirección, línea 2',
      postalCode: 'Código postal',
      city: 'Ciudad',
      region: 'Provincia / región',
      country: 'País (2 letras)'
    },
    sameAsBilling: 'Igual que la dirección de facturación',
    contact: {
      name: 'Nombre del contacto',
      role: 'Cargo',
      phone: 'Teléfono',
      email: 'Correo electrónico',
      add: 'Añadir contacto',
      remove: 'Quitar el contacto {{number}}',
      none: 'Todavía no hay contactos.',
      number: 'Contacto {{number}}'
    },
    paymentTermsDays: 'Plazo de pago (días)',
    preferredPaymentMethod: 'Forma de pago preferida',
    productPicker: 'Añadir un producto',
    productPickerPlaceholder: 'Escriba un nombre de producto o SKU…',
    productNone: 'Todavía no hay productos preferidos.',
    productNoMatch: 'Ningún producto activo coincide.',
    productNotes: 'Notas sobre preferencias de productos',
    notes: 'Notas',
    archivedNotice:
      'Este cliente está archivado: no aparece en la lista de clientes ni en documentos nuevos.',
    archiveConfirm:
      '¿Archivar {{name}}? Desaparece de la lista de clientes pero conserva todo su historial. Puede restaurarlo más tarde.',
    deleteConfirm:
      '¿Eliminar {{name}} definitivamente? Solo es posible si el cliente no tiene historial; si no, archívelo.',
    deleted: 'Se ha eliminado el cliente {{name}}.',
    archived: 'El cliente se ha archivado.',
    restored: 'El cliente se ha restaurado.',
    created: 'El cliente se ha creado con el código {{code}}.',
    noActivity: 'Todavía no hay actividad registrada.'
  },
  customerDuplicates: {
    sameTaxId:
      'Otro cliente ya tiene este NIF: al guardar se le pedirá que confirme que es un cliente distinto.',
    similarName: 'Clientes con un nombre casi igual (¿es uno de ellos?):',
    archived: 'archivado',
    confirmTitle: 'Mismo NIF',
    confirmBody:
      '{{code}} {{name}} ya tiene el NIF {{taxId}}. ¿Guardar de todos modos como un cliente distinto?',
    confirmOk: 'Guardar como cliente distinto'
  }
}

const ca: Strings<typeof en> = {
  customers: {
    title: 'Clients',
    count_one: '{{formatted}} client',
    count_many: '{{formatted}} de clients',
    count_other: '{{formatted}} clients',
    searchLabel: 'Cerca clients',
    searchPlaceholder: 'Nom, codi, NIF, població, contacte…',
    new: 'Client nou',
    newTitle: 'Client nou',
    listLabel: 'Llista de clients',
    filterStatus: 'Estat',
    filterArchived: 'Arxivats',
    filterExecutive: 'Comercial',
    anyExecutive: 'Qualsevol comercial',
    archivedExclude: 'Amaga els arxivats',
    archivedInclude: 'Mostra també els arxivats',
    archivedOnly: 'Només arxivats',
    archivedBadge: 'Arxivat',
    col: {
      code: 'Codi',
      name: 'Nom',
      city: 'Població',
      country: 'País',
      status: 'Estat',
      executiveName: 'Comercial',
      contact: 'Contacte',
      updatedAt: 'Darrer canvi'
    },
    status: customerStatusWords.ca
  },
  customer: {
    sections: {
      general: 'General',
      billing: 'Adreça de facturació',
      mailing: 'Adreça de correspondència',
      delivery: 'Adreça de lliurament',
      contacts: 'Contactes',
      payment: 'Pagament',
      products: 'Preferències de producte',
      notes: 'Notes',
      activity: 'Activitat'
    },
    code: 'Codi de client',
    codeHint: 'Deixeu-lo en blanc per obtenir automàticament el següent codi lliure.',
    name: 'Nom',
    status: 'Estat',
    documentLanguage: 'Idioma dels documents',
    documentLanguageHint:
      "Les factures, els recordatoris, els extractes i els correus d'aquest client s'emeten en aquest idioma.",
    documentLanguageAuto: 'Segons el país ({{language}})',
    taxId: 'NIF',
    executive: 'Comercial',
    noExecutive: 'Sense comercial',
    inactiveExecutive: '{{name}} (inactiu)',
    address: {
      line1: 'Carrer i número',
      line2: 'Adreça (línia 2)',
      postalCode: 'Codi postal',
      city: 'Població',
      region: 'Província / regió',
      country: 'País (2 lletres)'
    },
    sameAsBilling: 'La mateixa que l’adreça de facturació',
    contact: {
      name: 'Nom del contacte',
      role: 'Càrrec',
      phone: 'Telèfon',
      email: 'Correu electrònic',
      add: 'Afegeix un contacte',
      remove: 'Treu el contacte {{number}}',
      none: 'Encara no hi ha contactes.',
      number: 'Contacte {{number}}'
    },
    paymentTermsDays: 'Termini de pagament (dies)',
    preferredPaymentMethod: 'Forma de pagament preferida',
    productPicker: 'Afegeix un producte',
    productPickerPlaceholder: 'Escriviu el nom o el codi d’un producte…',
    productNone: 'Encara no hi ha productes preferits.',
    productNoMatch: 'Cap producte actiu no hi coincideix.',
    productNotes: 'Notes sobre les preferències de producte',
    notes: 'Notes',
    archivedNotice: 'Aquest client està arxivat: no apareix a la llista de clients ni als documents nous.',
    archiveConfirm:
      'Voleu arxivar {{name}}? Desapareix de la llista de clients però conserva tot l’historial. El podeu restaurar més endavant.',
    deleteConfirm:
      'Voleu suprimir {{name}} definitivament? Només és possible per a un client sense historial; si no, arxiveu-lo.',
    deleted: 'S’ha suprimit el client {{name}}.',
    archived: 'S’ha arxivat el client.',
    restored: 'S’ha restaurat el client.',
    created: 'S’ha creat el client amb el codi {{code}}.',
    noActivity: 'Encara no hi ha activitat registrada.'
  },
  customerDuplicates: {
    sameTaxId:
      'Un altre client ja té aquest NIF: en desar se us demanarà que confirmeu que és un client diferent.',
    similarName: 'Clients amb un nom gairebé igual (és un d’aquests?):',
    archived: 'arxivat',
    confirmTitle: 'Mateix NIF',
    confirmBody: '{{code}} {{name}} ja té el NIF {{taxId}}. Voleu desar-lo igualment com a client diferent?',
    confirmOk: 'Desa com a client diferent'
  }
}

const hu: Strings<typeof en> = {
  customers: {
    title: 'Ügyfelek',
    count_one: '{{formatted}} ügyfél',
    count_other: '{{formatted}} ügyfél',
    searchLabel: 'Ügyfelek keresése',
    searchPlaceholder: 'Név, kód, adószám, település, kapcsolattartó…',
    new: 'Új ügyfél',
    newTitle: 'Új ügyfél',
    listLabel: 'Ügyféllista',
    filterStatus: 'Állapot',
    filterArchived: 'Archivált',
    filterExecutive: 'Értékesítő',
    anyExecutive: 'Bármely értékesítő',
    archivedExclude: 'Archiváltak elrejtése',
    archivedInclude: 'Archiváltak is',
    archivedOnly: 'Csak archiváltak',
    archivedBadge: 'Archivált',
    col: {
      code: 'Kód',
      name: 'Név',
      city: 'Település',
      country: 'Ország',
      status: 'Állapot',
      executiveName: 'Értékesítő',
      contact: 'Kapcsolattartó',
      updatedAt: 'Utoljára módosítva'
    },
    status: customerStatusWords.hu
  },
  customer: {
    sections: {
      general: 'Általános',
      billing: 'Számlázási cím',
      mailing: 'Levelezési cím',
      delivery: 'Szállítási cím',
      contacts: 'Kapcsolattartók',
      payment: 'Fizetés',
      products: 'Termékpreferenciák',
      notes: 'Megjegyzések',
      activity: 'Tevékenység'
    },
    code: 'Ügyfélkód',
    codeHint: 'Hagyja üresen, és a következő szabad kódot automatikusan megkapja.',
    name: 'Név',
    status: 'Állapot',
    documentLanguage: 'Bizonylatok nyelve',
    documentLanguageHint:
      'Az ügyfél számlái, felszólításai, kivonatai és e-mailjei ezen a nyelven készülnek.',
    documentLanguageAuto: 'Az ország szerint ({{language}})',
    taxId: 'Adószám',
    executive: 'Értékesítő',
    noExecutive: 'Nincs értékesítő',
    inactiveExecutive: '{{name}} (inaktív)',
    address: {
      line1: 'Utca, házszám',
      line2: 'Cím 2. sora',
      postalCode: 'Irányítószám',
      city: 'Település',
      region: 'Megye / régió',
      country: 'Ország (2 betű)'
    },
    sameAsBilling: 'Azonos a számlázási címmel',
    contact: {
      name: 'Kapcsolattartó neve',
      role: 'Beosztás',
      phone: 'Telefon',
      email: 'E-mail',
      add: 'Kapcsolattartó hozzáadása',
      remove: '{{number}}. kapcsolattartó eltávolítása',
      none: 'Még nincs kapcsolattartó.',
      number: '{{number}}. kapcsolattartó'
    },
    paymentTermsDays: 'Fizetési határidő (nap)',
    preferredPaymentMethod: 'Előnyben részesített fizetési mód',
    productPicker: 'Termék hozzáadása',
    productPickerPlaceholder: 'Írja be a termék nevét vagy cikkszámát…',
    productNone: 'Még nincs kedvelt termék.',
    productNoMatch: 'Nincs egyező aktív termék.',
    productNotes: 'Megjegyzések a termékpreferenciákhoz',
    notes: 'Megjegyzések',
    archivedNotice: 'Ez az ügyfél archivált: nem jelenik meg az ügyféllistán és az új bizonylatokon.',
    archiveConfirm:
      'Archiválja: {{name}}? Eltűnik az ügyféllistáról, de minden előzménye megmarad. Később visszaállítható.',
    deleteConfirm:
      'Végleg törli: {{name}}? Ez csak előzmények nélküli ügyfélnél lehetséges; egyébként archiválja.',
    deleted: 'A(z) {{name}} ügyfél törölve.',
    archived: 'Az ügyfél archiválva.',
    restored: 'Az ügyfél visszaállítva.',
    created: 'Az ügyfél létrejött, kódja: {{code}}.',
    noActivity: 'Még nincs rögzített tevékenység.'
  },
  customerDuplicates: {
    sameTaxId:
      'Ez az adószám már egy másik ügyfélé: mentéskor meg kell erősítenie, hogy ez egy másik ügyfél.',
    similarName: 'Szinte azonos nevű ügyfelek (ezek egyike az?):',
    archived: 'archivált',
    confirmTitle: 'Azonos adószám',
    confirmBody: '{{code}} {{name}} adószáma már {{taxId}}. Mégis menti másik ügyfélként?',
    confirmOk: 'Mentés másik ügyfélként'
  }
}

const ru: Strings<typeof en> = {
  customers: {
    title: 'Клиенты',
    count_one: '{{formatted}} клиент',
    count_few: '{{formatted}} клиента',
    count_many: '{{formatted}} клиентов',
    count_other: '{{formatted}} клиента',
    searchLabel: 'Поиск клиентов',
    searchPlaceholder: 'Наименование, код, ИНН, город, контакт…',
    new: 'Новый клиент',
    newTitle: 'Новый клиент',
    listLabel: 'Список клиентов',
    filterStatus: 'Статус',
    filterArchived: 'Архив',
    filterExecutive: 'Менеджер',
    anyExecutive: 'Любой менеджер',
    archivedExclude: 'Без архивных',
    archivedInclude: 'Вместе с архивными',
    archivedOnly: 'Только архивные',
    archivedBadge: 'В архиве',
    col: {
      code: 'Код',
      name: 'Наименование',
      city: 'Город',
      country: 'Страна',
      status: 'Статус',
      executiveName: 'Менеджер',
      contact: 'Контакт',
      updatedAt: 'Изменён'
    },
    status: customerStatusWords.ru
  },
  customer: {
    sections: {
      general: 'Общее',
      billing: 'Юридический адрес',
      mailing: 'Почтовый адрес',
      delivery: 'Адрес доставки',
      contacts: 'Контактные лица',
      payment: 'Оплата',
      products: 'Предпочитаемые товары',
      notes: 'Примечания',
      activity: 'История'
    },
    code: 'Код клиента',
    codeHint: 'Оставьте пустым, чтобы автоматически получить следующий свободный код.',
    name: 'Наименование',
    status: 'Статус',
    documentLanguage: 'Язык документов',
    documentLanguageHint:
      'Счета, напоминания, акты сверки и письма этому клиенту составляются на этом языке.',
    documentLanguageAuto: 'По стране ({{language}})',
    taxId: 'ИНН',
    executive: 'Менеджер',
    noExecutive: 'Без менеджера',
    inactiveExecutive: '{{name}} (неактивен)',
    address: {
      line1: 'Улица и дом',
      line2: 'Адрес, строка 2',
      postalCode: 'Индекс',
      city: 'Город',
      region: 'Область / регион',
      country: 'Страна (2 буквы)'
    },
    sameAsBilling: 'Совпадает с юридическим адресом',
    contact: {
      name: 'Имя контактного лица',
      role: 'Должность',
      phone: 'Телефон',
      email: 'E-mail',
      add: 'Добавить контакт',
      remove: 'Удалить контакт {{number}}',
      none: 'Контактов пока нет.',
      number: 'Контакт {{number}}'
    },
    paymentTermsDays: 'Срок оплаты (дней)',
    preferredPaymentMethod: 'Предпочтительный способ оплаты',
    productPicker: 'Добавить товар',
    productPickerPlaceholder: 'Введите наименование или артикул…',
    productNone: 'Предпочитаемых товаров пока нет.',
    productNoMatch: 'Нет подходящих активных товаров.',
    productNotes: 'Примечания к предпочтениям',
    notes: 'Примечания',
    archivedNotice: 'Клиент в архиве: он скрыт из списка клиентов и не предлагается в новых документах.',
    archiveConfirm:
      'Переместить {{name}} в архив? Клиент исчезнет из списка, но вся история сохранится. Позже его можно восстановить.',
    deleteConfirm:
      'Удалить {{name}} окончательно? Это возможно только для клиента без истории; иначе переместите его в архив.',
    deleted: 'Клиент {{name}} удалён.',
    archived: 'Клиент перемещён в архив.',
    restored: 'Клиент восстановлен.',
    created: 'Клиент создан с кодом {{code}}.',
    noActivity: 'Действий пока нет.'
  },
  customerDuplicates: {
    sameTaxId:
      'Этот ИНН уже есть у другого клиента: при сохранении нужно будет подтвердить, что это другой клиент.',
    similarName: 'Клиенты с почти таким же названием (может быть, это один из них?):',
    archived: 'в архиве',
    confirmTitle: 'Тот же ИНН',
    confirmBody:
      'У клиента {{code}} {{name}} уже есть ИНН {{taxId}}. Всё равно сохранить как другого клиента?',
    confirmOk: 'Сохранить как другого клиента'
  }
}

export const customersStrings: Translations<typeof en> = { en, es, ca, hu, ru }
