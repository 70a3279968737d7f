/** Strings of the VERI*FACTU settings and status (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  verifactu: {
    title: 'VERI*FACTU (Spain)',
    intro:
      'Every invoice, credit note and debit note gets a chained record for the tax agency (AEAT) and a QR code on its PDF.',
    enabled: 'VERI*FACTU on',
    environment: 'AEAT host',
    test: 'Test (pruebas)',
    production: 'Production',
    certificatePath: 'Company certificate (.p12 / .pfx file)',
    softwareName: 'Software name',
    softwareId: 'Software id',
    softwareVersion: 'Version',
    installationNumber: 'Installation number',
    save: 'Save VERI*FACTU settings',
    saved: 'VERI*FACTU settings saved.',
    password: 'Certificate password',
    unlock: 'Use for this session',
    unlocked: 'The certificate password is known for this session.',
    waiting_one: '{{count}} record waiting to be sent',
    waiting_other: '{{count}} records waiting to be sent',
    lastResult: 'Last send: {{outcome}}, {{count}} records, {{message}}',
    neverSent: 'Nothing has been sent yet.',
    send: 'Send now',
    verify: 'Check the chain',
    verifyOk: 'The chain is intact ({{count}} records).',
    verifyBroken: 'The chain is broken: {{where}}'
  }
}

const es: Strings<typeof en> = {
  verifactu: {
    title: 'VERI*FACTU (España)',
    intro:
      'Cada factura, factura rectificativa y nota de cargo genera un registro encadenado para la AEAT y un código QR en su PDF.',
    enabled: 'VERI*FACTU activado',
    environment: 'Servidor de la AEAT',
    test: 'Pruebas',
    production: 'Producción',
    certificatePath: 'Certificado de la empresa (archivo .p12 / .pfx)',
    softwareName: 'Nombre del sistema',
    softwareId: 'Id. del sistema',
    softwareVersion: 'Versión',
    installationNumber: 'Número de instalación',
    save: 'Guardar ajustes VERI*FACTU',
    saved: 'Ajustes VERI*FACTU guardados.',
    password: 'Contraseña del certificado',
    unlock: 'Usar en esta sesión',
    unlocked: 'La contraseña del certificado se conoce en esta sesión.',
    waiting_one: '{{count}} registro pendiente de envío',
    waiting_many: '{{count}} registros pendientes de envío',
    waiting_other: '{{count}} registros pendientes de envío',
    lastResult: 'Último envío: {{outcome}}, {{count}} registros, {{message}}',
    neverSent: 'Aún no se ha enviado nada.',
    send: 'Enviar ahora',
    verify: 'Comprobar la cadena',
    verifyOk: 'La cadena está íntegra ({{count}} registros).',
    verifyBroken: 'La cadena está rota: {{where}}'
  }
}

const ca: Strings<typeof en> = {
  verifactu: {
    title: 'VERI*FACTU (Espanya)',
    intro:
      'Cada factura, factura rectificativa i nota de càrrec genera un registre encadenat per a l’AEAT i un codi QR al seu PDF.',
    enabled: 'VERI*FACTU activat',
    environment: 'Servidor de l’AEAT',
    test: 'Proves',
    production: 'Producció',
    certificatePath: 'Certificat de l’empresa (fitxer .p12 / .pfx)',
    softwareName: 'Nom del sistema',
    softwareId: 'Id. del sistema',
    softwareVersion: 'Versió',
    installationNumber: 'Número d’instal·lació',
    save: 'Desa la configuració VERI*FACTU',
    saved: 'Configuració VERI*FACTU desada.',
    password: 'Contrasenya del certificat',
    unlock: 'Fes-la servir en aquesta sessió',
    unlocked: 'La contrasenya del certificat es coneix en aquesta sessió.',
    waiting_one: '{{count}} registre pendent d’enviament',
    waiting_many: '{{count}} registres pendents d’enviament',
    waiting_other: '{{count}} registres pendents d’enviament',
    lastResult: 'Últim enviament: {{outcome}}, {{count}} registres, {{message}}',
    neverSent: 'Encara no s’ha enviat res.',
    send: 'Envia ara',
    verify: 'Comprova la cadena',
    verifyOk: 'La cadena és íntegra ({{count}} registres).',
    verifyBroken: 'La cadena està trencada: {{where}}'
  }
}

const hu: Strings<typeof en> = {
  verifactu: {
    title: 'VERI*FACTU (Spanyolország)',
    intro:
      'Minden számla, helyesbítő számla és terhelési értesítő láncolt rekordot kap az AEAT számára, és QR-kódot a PDF-jén.',
    enabled: 'VERI*FACTU bekapcsolva',
    environment: 'AEAT szerver',
    test: 'Teszt',
    production: 'Éles',
    certificatePath: 'A cég tanúsítványa (.p12 / .pfx fájl)',
    softwareName: 'Szoftver neve',
    softwareId: 'Szoftverazonosító',
    softwareVersion: 'Verzió',
    installationNumber: 'Telepítési szám',
    save: 'VERI*FACTU beállítások mentése',
    saved: 'VERI*FACTU beállítások mentve.',
    password: 'Tanúsítvány jelszava',
    unlock: 'Használat ebben a munkamenetben',
    unlocked: 'A tanúsítvány jelszava ebben a munkamenetben ismert.',
    waiting_one: '{{count}} rekord vár küldésre',
    waiting_other: '{{count}} rekord vár küldésre',
    lastResult: 'Utolsó küldés: {{outcome}}, {{count}} rekord, {{message}}',
    neverSent: 'Még semmi sem lett elküldve.',
    send: 'Küldés most',
    verify: 'Lánc ellenőrzése',
    verifyOk: 'A lánc ép ({{count}} rekord).',
    verifyBroken: 'A lánc sérült: {{where}}'
  }
}

const ru: Strings<typeof en> = {
  verifactu: {
    title: 'VERI*FACTU (Испания)',
    intro:
      'Каждый счёт, корректировочный счёт и дебет-нота получают запись в цепочке для AEAT и QR-код в PDF.',
    enabled: 'VERI*FACTU включён',
    environment: 'Сервер AEAT',
    test: 'Тестовый',
    production: 'Рабочий',
    certificatePath: 'Сертификат компании (файл .p12 / .pfx)',
    softwareName: 'Название программы',
    softwareId: 'Идентификатор программы',
    softwareVersion: 'Версия',
    installationNumber: 'Номер установки',
    save: 'Сохранить настройки VERI*FACTU',
    saved: 'Настройки VERI*FACTU сохранены.',
    password: 'Пароль сертификата',
    unlock: 'Использовать в этом сеансе',
    unlocked: 'Пароль сертификата известен в этом сеансе.',
    waiting_one: '{{count}} запись ожидает отправки',
    waiting_few: '{{count}} записи ожидают отправки',
    waiting_many: '{{count}} записей ожидают отправки',
    waiting_other: '{{count}} записи ожидают отправки',
    lastResult: 'Последняя отправка: {{outcome}}, записей: {{count}}, {{message}}',
    neverSent: 'Ещё ничего не отправлено.',
    send: 'Отправить сейчас',
    verify: 'Проверить цепочку',
    verifyOk: 'Цепочка цела (записей: {{count}}).',
    verifyBroken: 'Цепочка нарушена: {{where}}'
  }
}

export const verifactuStrings: Translations<typeof en> = { en, es, ca, hu, ru }
