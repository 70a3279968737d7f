/** Strings of the first-run path (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'
import { documentTypePlurals } from '../../../shared/words/documents'

const en = {
  setup: {
    title: 'Set up Salesdesk',
    intro:
      'Three steps: your company, your country and your numbering. Everything can be changed later in Settings.',
    demoTitle: 'Just looking?',
    demoText:
      'Fill this empty database with a demo company: customers, products, documents, payments and visits.',
    demo: 'Try with demo data',
    companyTitle: '1. Your company',
    companyText: 'Fields marked * are printed on every invoice and are needed to issue documents.',
    fields: {
      legalName: 'Legal name',
      addressLine1: 'Address',
      postalCode: 'Postal code',
      city: 'City',
      taxId: 'Tax id (VAT number)',
      email: 'E-mail',
      country: 'Country'
    },
    countries: {
      ES: 'Spain',
      AD: 'Andorra',
      HU: 'Hungary',
      RU: 'Russia',
      GB: 'United Kingdom',
      IE: 'Ireland',
      FR: 'France',
      DE: 'Germany',
      PT: 'Portugal',
      IT: 'Italy',
      US: 'United States'
    },
    preset:
      'Preset for this country: currency {{currency}}, VAT rates {{rates}}, documents printed as {{locale}}, paper {{paper}}.',
    numberingTitle: '2. Numbering',
    numberingText: 'Each type of document is numbered PREFIX-YEAR-00001, without gaps.',
    prefixes: documentTypePlurals.en,
    save: 'Save and continue',
    doneTitle: '3. Your customers and products',
    doneText: 'Your company is set up. Start adding your customers and products.',
    addCustomer: 'Add a customer',
    importCustomers: 'Import customers…',
    welcome: 'Welcome to Salesdesk',
    welcomeText: 'This database is empty. Set up your company first, or try the demo data.',
    start: 'Start setting up'
  }
}

const es: Strings<typeof en> = {
  setup: {
    title: 'Configurar Salesdesk',
    intro: 'Tres pasos: su empresa, su país y su numeración. Todo se puede cambiar después en Ajustes.',
    demoTitle: '¿Solo quiere echar un vistazo?',
    demoText:
      'Llene esta base de datos vacía con una empresa de demostración: clientes, productos, documentos, cobros y visitas.',
    demo: 'Probar con datos de demostración',
    companyTitle: '1. Su empresa',
    companyText:
      'Los campos marcados con * se imprimen en cada factura y son necesarios para emitir documentos.',
    fields: {
      legalName: 'Razón social',
      addressLine1: 'Dirección',
      postalCode: 'Código postal',
      city: 'Población',
      taxId: 'NIF / NIF-IVA',
      email: 'Correo electrónico',
      country: 'País'
    },
    countries: {
      ES: 'España',
      AD: 'Andorra',
      HU: 'Hungría',
      RU: 'Rusia',
      GB: 'Reino Unido',
      IE: 'Irlanda',
      FR: 'Francia',
      DE: 'Alemania',
      PT: 'Portugal',
      IT: 'Italia',
      US: 'Estados Unidos'
    },
    preset:
      'Valores para este país: moneda {{currency}}, tipos de IVA {{rates}}, documentos impresos como {{locale}}, papel {{paper}}.',
    numberingTitle: '2. Numeración',
    numberingText: 'Cada tipo de documento se numera PREFIJO-AÑO-00001, sin saltos.',
    prefixes: documentTypePlurals.es,
    save: 'Guardar y continuar',
    doneTitle: '3. Sus clientes y productos',
    doneText: 'Su empresa está configurada. Empiece a dar de alta sus clientes y productos.',
    addCustomer: 'Añadir un cliente',
    importCustomers: 'Importar clientes…',
    welcome: 'Bienvenido a Salesdesk',
    welcomeText:
      'Esta base de datos está vacía. Configure primero su empresa o pruebe los datos de demostración.',
    start: 'Empezar la configuración'
  }
}

const ca: Strings<typeof en> = {
  setup: {
    title: 'Configura Salesdesk',
    intro:
      'Tres passos: la vostra empresa, el vostre país i la vostra numeració. Tot es pot canviar després a Paràmetres.',
    demoTitle: 'Només hi voleu fer un cop d’ull?',
    demoText:
      'Ompliu aquesta base de dades buida amb una empresa de demostració: clients, productes, documents, cobraments i visites.',
    demo: 'Prova amb dades de demostració',
    companyTitle: '1. La vostra empresa',
    companyText: 'Els camps marcats amb * s’imprimeixen a cada factura i calen per emetre documents.',
    fields: {
      legalName: 'Raó social',
      addressLine1: 'Adreça',
      postalCode: 'Codi postal',
      city: 'Població',
      taxId: 'NIF / NIF-IVA',
      email: 'Correu electrònic',
      country: 'País'
    },
    countries: {
      ES: 'Espanya',
      AD: 'Andorra',
      HU: 'Hongria',
      RU: 'Rússia',
      GB: 'Regne Unit',
      IE: 'Irlanda',
      FR: 'França',
      DE: 'Alemanya',
      PT: 'Portugal',
      IT: 'Itàlia',
      US: 'Estats Units'
    },
    preset:
      'Valors per a aquest país: moneda {{currency}}, tipus d’IVA {{rates}}, documents impresos com a {{locale}}, paper {{paper}}.',
    numberingTitle: '2. Numeració',
    numberingText: 'Cada tipus de document es numera PREFIX-ANY-00001, sense salts.',
    prefixes: documentTypePlurals.ca,
    save: 'Desa i continua',
    doneTitle: '3. Els vostres clients i productes',
    doneText: 'La vostra empresa està configurada. Comenceu a donar d’alta els clients i productes.',
    addCustomer: 'Afegeix un client',
    importCustomers: 'Importa clients…',
    welcome: 'Benvinguts a Salesdesk',
    welcomeText:
      'Aquesta base de dades és buida. Configureu primer l’empresa o proveu les dades de demostració.',
    start: 'Comença la configuració'
  }
}

const hu: Strings<typeof en> = {
  setup: {
    title: 'A Salesdesk beállítása',
    intro: 'Három lépés: a cég, az ország és a sorszámozás. Később mindez módosítható a Beállításokban.',
    demoTitle: 'Csak körülnézne?',
    demoText:
      'Töltse fel ezt az üres adatbázist egy bemutató céggel: vevők, termékek, bizonylatok, befizetések és látogatások.',
    demo: 'Kipróbálás bemutató adatokkal',
    companyTitle: '1. Az Ön cége',
    companyText: 'A *-gal jelölt mezők minden számlán megjelennek, és kellenek a bizonylatok kiállításához.',
    fields: {
      legalName: 'Cégnév',
      addressLine1: 'Cím',
      postalCode: 'Irányítószám',
      city: 'Település',
      taxId: 'Adószám',
      email: 'E-mail',
      country: 'Ország'
    },
    countries: {
      ES: 'Spanyolország',
      AD: 'Andorra',
      HU: 'Magyarország',
      RU: 'Oroszország',
      GB: 'Egyesült Királyság',
      IE: 'Írország',
      FR: 'Franciaország',
      DE: 'Németország',
      PT: 'Portugália',
      IT: 'Olaszország',
      US: 'Egyesült Államok'
    },
    preset:
      'Az ország alapértékei: pénznem {{currency}}, áfakulcsok {{rates}}, a bizonylatok formátuma {{locale}}, papír {{paper}}.',
    numberingTitle: '2. Sorszámozás',
    numberingText: 'Minden bizonylattípus sorszáma ELŐTAG-ÉV-00001, hézag nélkül.',
    prefixes: documentTypePlurals.hu,
    save: 'Mentés és tovább',
    doneTitle: '3. Vevők és termékek',
    doneText: 'A cég beállítva. Kezdje el felvinni vevőit és termékeit.',
    addCustomer: 'Új vevő',
    importCustomers: 'Vevők importálása…',
    welcome: 'Üdvözli a Salesdesk',
    welcomeText: 'Ez az adatbázis üres. Először állítsa be a cégét, vagy próbálja ki a bemutató adatokat.',
    start: 'Beállítás indítása'
  }
}

const ru: Strings<typeof en> = {
  setup: {
    title: 'Настройка Salesdesk',
    intro: 'Три шага: ваша организация, страна и нумерация. Всё можно изменить позже в настройках.',
    demoTitle: 'Просто посмотреть?',
    demoText:
      'Заполните эту пустую базу демонстрационной компанией: клиенты, товары, документы, платежи и визиты.',
    demo: 'Попробовать на демо-данных',
    companyTitle: '1. Ваша организация',
    companyText: 'Поля со знаком * печатаются в каждом счёте и нужны, чтобы выставлять документы.',
    fields: {
      legalName: 'Наименование организации',
      addressLine1: 'Адрес',
      postalCode: 'Почтовый индекс',
      city: 'Город',
      taxId: 'ИНН / номер плательщика НДС',
      email: 'Электронная почта',
      country: 'Страна'
    },
    countries: {
      ES: 'Испания',
      AD: 'Андорра',
      HU: 'Венгрия',
      RU: 'Россия',
      GB: 'Великобритания',
      IE: 'Ирландия',
      FR: 'Франция',
      DE: 'Германия',
      PT: 'Португалия',
      IT: 'Италия',
      US: 'США'
    },
    preset:
      'Для этой страны: валюта {{currency}}, ставки НДС {{rates}}, документы в формате {{locale}}, бумага {{paper}}.',
    numberingTitle: '2. Нумерация',
    numberingText: 'Каждый вид документов нумеруется ПРЕФИКС-ГОД-00001, без пропусков.',
    prefixes: documentTypePlurals.ru,
    save: 'Сохранить и продолжить',
    doneTitle: '3. Клиенты и товары',
    doneText: 'Организация настроена. Начните вводить клиентов и товары.',
    addCustomer: 'Добавить клиента',
    importCustomers: 'Импортировать клиентов…',
    welcome: 'Добро пожаловать в Salesdesk',
    welcomeText: 'Эта база пуста. Сначала настройте организацию или попробуйте демо-данные.',
    start: 'Начать настройку'
  }
}

export const setupStrings: Translations<typeof en> = { en, es, ca, hu, ru }
