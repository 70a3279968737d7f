/** Strings of the weekly figures, targets, sent reports and import: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  weekly: {
    title: 'Weekly figures',
    week: 'Week',
    tabsLabel: 'Weekly figures views',
    tabs: {
      dashboard: 'Dashboard',
      activity: 'Calls & activity',
      targets: 'Targets',
      sent: 'Sent reports',
      import: 'Import'
    },
    exportXlsx: 'Report in Excel',
    exportPdf: 'Report in PDF',
    reportLanguage: 'Report language',
    preparing: 'Preparing…',
    invoiceLines: 'Invoice lines {{year}}',
    invoiceLinesHint: 'Every line of the invoices issued in {{year}}, to Excel',
    invoiceLinesProgress: 'Invoice lines: {{done}} of {{total}}',
    send: 'Archive as sent',
    sending: 'Archiving…',
    sendConfirmTitle: 'Archive the report for {{week}}?',
    sendConfirmBody:
      'Salesdesk keeps the Excel and PDF files as they are now, with the date. You can reopen them unchanged later, and Salesdesk tells you if the figures of this week change afterwards.',
    sendConfirm: 'Archive the report',
    sent: 'The report for {{week}} was archived as sent on {{date}}.',
    sentUnchanged:
      'The report for this week was sent on {{date}} by {{who}}; the figures have not changed since.',
    sentChanged: 'The figures changed since the report for this week was sent on {{date}} by {{who}}.',
    changeLine: '{{name}} — {{figure}}: {{sent}} when sent, {{now}} now',
    causesTitle: 'Because of',
    changeFigure: {
      revenue: 'Revenue',
      invoices: 'Invoices',
      ordersWon: 'Orders won',
      ordersValue: 'Orders value',
      estimatesSent: 'Estimates sent',
      estimatesAccepted: 'Estimates accepted',
      estimatesDeclined: 'Estimates declined',
      newCustomers: 'New customers',
      visitsCompleted: 'Visits completed',
      calls: 'Calls',
      emails: 'E-mails',
      demos: 'Demos',
      revenueTarget: 'Revenue target',
      corrections: 'Corrections',
      feesPassedOn: 'Fees passed on',
      estimatesSuperseded: 'Estimates superseded',
      cohortAccepted: 'Quotes of the cohort accepted'
    },
    causeLine: '{{label}} of {{date}} ({{name}}): {{effect}}',
    noExecutives: 'There are no sales executives yet.',
    charts: {
      actualVsTarget: 'Revenue against target',
      trend: 'Revenue, last 12 weeks',
      pipeline: 'Pipeline: open estimates by value',
      revenue: 'Revenue',
      target: 'Target',
      pipelineValue: 'Open estimates',
      noRevenue: 'No revenue and no targets this week yet.',
      noTrend: 'No revenue and no targets in the last 12 weeks.',
      noPipeline: 'No open estimates.'
    },
    topPerformers: 'Top performers',
    noTopPerformers: 'No revenue this week yet.',
    ofTarget: '{{percent}} of target',
    conversion: 'decided ratio {{percent}}',
    cohort: 'cohort conversion {{percent}}',
    tableLabel: 'Figures per sales executive',
    col: {
      name: 'Sales executive',
      revenue: 'Revenue',
      corrections: 'Corrections',
      fees: 'Fees (not revenue)',
      estimatesSuperseded: 'Superseded',
      revenueTarget: 'Target',
      variance: 'Variance',
      percentOfTarget: '% of target',
      ordersWon: 'Orders won',
      estimatesSent: 'Estimates sent',
      estimatesAccepted: 'Accepted',
      estimatesDeclined: 'Declined',
      conversionRate: 'Decided ratio',
      cohortConversion: 'Cohort conversion',
      newCustomers: 'New customers',
      visitsCompleted: 'Visits',
      calls: 'Calls',
      pipeline: 'Pipeline'
    },
    targetExact: 'Exact target per week: {{value}}',
    cohortCell: '{{percent}} ({{accepted}} of {{sent}})',
    bands: {
      title: 'Colours against the target',
      behind: 'Below {{to}} of the target',
      close: '{{from}} to under {{to}}',
      met: '{{from}} to under {{to}}: on target',
      farAbove: '{{from}} or more: far above, the target may be too low',
      none: 'No colour: no target set'
    },
    executiveFilter: 'Sales executive',
    allExecutives: 'All sales executives',
    openExecutive: 'Open {{name}}’s page',
    unconverted: 'Left out for want of an exchange rate: {{documents}}.',
    definitions: {
      title: 'How these figures are counted',
      currency:
        'Amounts net of VAT in {{currency}}, the accounting currency; a document in another currency is converted at the exchange rate frozen with it at issue.',
      revenue:
        'Revenue = invoiced + corrections: the credit notes (minus) and price-correction debit notes (plus) issued this week, whichever week their invoice was in. Fees passed on by debit notes are not revenue.',
      decided:
        'Decided ratio = accepted ÷ (accepted + declined) this week. An estimate replaced by its revision is superseded, not declined, and a revision is not counted as sent again.',
      cohort:
        'Cohort conversion = of the quotes first sent from {{from}} to {{to}}, the share accepted by {{to}}.',
      targets: 'Targets per week: counts in whole units; hover over a target for its exact value.'
    },
    ofTargetShort: 'target {{value}}',
    left: '{{name}} (left)',
    unassigned: 'No sales executive',
    teamTotal: 'Team total',
    activity: {
      intro:
        'Enter what Salesdesk cannot know for the week: calls made, e-mails and demos. Leave a cell empty to keep it unset.',
      gridLabel: 'Weekly activity per sales executive',
      metric: {
        calls: 'Calls',
        emails: 'E-mails',
        demos: 'Demos'
      },
      cellLabel: '{{metric}} of {{name}}',
      save: 'Save activity',
      saved: 'The activity for {{week}} was saved.',
      badValue: 'Use a whole number, 0 or more',
      unsaved: 'Changes not saved yet'
    },
    targets: {
      intro:
        'A target applies from its date until the next target for the same executive and figure. Earlier weeks and sent reports keep the targets they had.',
      newTarget: 'Set a target',
      executive: 'Sales executive',
      chooseExecutive: 'Choose a sales executive',
      metric: 'Figure',
      metrics: {
        revenue: 'Revenue',
        new_customers: 'New customers',
        calls_per_day: 'Calls per day',
        visits_per_week: 'Visits per week'
      },
      period: 'Per',
      periods: {
        week: 'Week',
        month: 'Month',
        quarter: 'Quarter'
      },
      value: 'Target',
      valueHintMoney: 'An amount, e.g. 12.000,00',
      valueHintCount: 'A whole number',
      validFrom: 'Valid from',
      save: 'Save target',
      saved: 'The target was saved.',
      badMoney: 'Enter an amount, e.g. 12.000,00',
      badCount: 'Enter a whole number, 0 or more',
      chooseExecutiveError: 'Choose a sales executive',
      badDate: 'Enter a date',
      history: 'Targets and their history',
      filter: 'Show targets of',
      everyone: 'Every sales executive',
      none: 'No targets set yet.',
      setBy: 'Set by',
      current: 'current'
    },
    sentList: {
      intro: 'Every report archived as sent, with its files exactly as they were sent.',
      none: 'No report has been archived yet.',
      week: 'Week',
      sentAt: 'Sent',
      sentBy: 'By',
      files: 'Files',
      openWeek: 'Show week',
      excel: 'Excel ({{size}})',
      pdf: 'PDF ({{size}})'
    },
    import: {
      intro:
        'Fill in the template in Excel (activity per executive and week, targets), then import it here. Salesdesk checks every row first: if any row has a problem, nothing is imported.',
      template: 'Download the template',
      choose: 'Excel file to import',
      run: 'Import',
      running: 'Checking…',
      problems_one: 'Nothing was imported: {{count}} problem to correct.',
      problems_other: 'Nothing was imported: {{count}} problems to correct.',
      applied: 'Imported {{activity}} activity figures and {{targets}} targets.',
      problemsLabel: 'Problems in the file',
      sheet: 'Sheet',
      row: 'Row',
      problem: 'Problem',
      noFile: 'Choose a file first.',
      messages: {
        labels: {
          Calls: 'Calls',
          'E-mails': 'E-mails',
          Demos: 'Demos',
          Value: 'Value'
        }
      }
    }
  }
}

const es: Strings<typeof en> = {
  weekly: {
    title: 'Cifras semanales',
    week: 'Semana',
    tabsLabel: 'Vistas de las cifras semanales',
    tabs: {
      dashboard: 'Panel',
      activity: 'Llamadas y actividad',
      targets: 'Objetivos',
      sent: 'Informes enviados',
      import: 'Importar'
    },
    exportXlsx: 'Informe en Excel',
    exportPdf: 'Informe en PDF',
    reportLanguage: 'Idioma del informe',
    preparing: 'Preparando…',
    invoiceLines: 'Líneas de factura {{year}}',
    invoiceLinesHint: 'Todas las líneas de las facturas emitidas en {{year}}, a Excel',
    invoiceLinesProgress: 'Líneas de factura: {{done}} de {{total}}',
    send: 'Archivar como enviado',
    sending: 'Archivando…',
    sendConfirmTitle: '¿Archivar el informe de {{week}}?',
    sendConfirmBody:
      'Salesdesk guarda los archivos Excel y PDF tal como están ahora, con la fecha. Podrá volver a abrirlos sin cambios, y Salesdesk le avisará si las cifras de esta semana cambian después.',
    sendConfirm: 'Archivar el informe',
    sent: 'El informe de {{week}} se archivó como enviado el {{date}}.',
    sentUnchanged:
      'El informe de esta semana se envió el {{date}} ({{who}}); las cifras no han cambiado desde entonces.',
    sentChanged:
      'Las cifras han cambiado desde que se envió el informe de esta semana el {{date}} ({{who}}).',
    changeLine: '{{name}} — {{figure}}: {{sent}} al enviarlo, {{now}} ahora',
    causesTitle: 'Debido a',
    changeFigure: {
      revenue: 'Facturación',
      invoices: 'Facturas',
      ordersWon: 'Pedidos ganados',
      ordersValue: 'Importe de pedidos',
      estimatesSent: 'Presupuestos enviados',
      estimatesAccepted: 'Presupuestos aceptados',
      estimatesDeclined: 'Presupuestos rechazados',
      newCustomers: 'Clientes nuevos',
      visitsCompleted: 'Visitas realizadas',
      calls: 'Llamadas',
      emails: 'Correos',
      demos: 'Demostraciones',
      revenueTarget: 'Objetivo de facturación',
      corrections: 'Correcciones',
      feesPassedOn: 'Gastos repercutidos',
      estimatesSuperseded: 'Presupuestos sustituidos',
      cohortAccepted: 'Presupuestos de la cohorte aceptados'
    },
    causeLine: '{{label}} del {{date}} ({{name}}): {{effect}}',
    noExecutives: 'Todavía no hay comerciales.',
    charts: {
      actualVsTarget: 'Facturación frente al objetivo',
      trend: 'Facturación, últimas 12 semanas',
      pipeline: 'Cartera: presupuestos abiertos por importe',
      revenue: 'Facturación',
      target: 'Objetivo',
      pipelineValue: 'Presupuestos abiertos',
      noRevenue: 'Todavía no hay facturación ni objetivos esta semana.',
      noTrend: 'No hay facturación ni objetivos en las últimas 12 semanas.',
      noPipeline: 'No hay presupuestos abiertos.'
    },
    topPerformers: 'Mejores resultados',
    noTopPerformers: 'Todavía no hay facturación esta semana.',
    ofTarget: '{{percent}} del objetivo',
    conversion: 'ratio de decididos {{percent}}',
    cohort: 'conversión por cohorte {{percent}}',
    tableLabel: 'Cifras por comercial',
    col: {
      name: 'Comercial',
      revenue: 'Facturación',
      corrections: 'Correcciones',
      fees: 'Gastos repercutidos (no facturación)',
      estimatesSuperseded: 'Sustituidos',
      revenueTarget: 'Objetivo',
      variance: 'Diferencia',
      percentOfTarget: '% del objetivo',
      ordersWon: 'Pedidos ganados',
      estimatesSent: 'Presupuestos enviados',
      estimatesAccepted: 'Aceptados',
      estimatesDeclined: 'Rechazados',
      conversionRate: 'Ratio de decididos',
      cohortConversion: 'Conversión por cohorte',
      newCustomers: 'Clientes nuevos',
      visitsCompleted: 'Visitas',
      calls: 'Llamadas',
      pipeline: 'Cartera'
    },
    targetExact: 'Objetivo semanal exacto: {{value}}',
    cohortCell: '{{percent}} ({{accepted}} de {{sent}})',
    bands: {
      title: 'Colores frente al objetivo',
      behind: 'Por debajo del {{to}} del objetivo',
      close: 'Del {{from}} a menos del {{to}}',
      met: 'Del {{from}} a menos del {{to}}: objetivo cumplido',
      farAbove: '{{from}} o más: muy por encima, quizá el objetivo es bajo',
      none: 'Sin color: no hay objetivo'
    },
    executiveFilter: 'Comercial',
    allExecutives: 'Todos los comerciales',
    openExecutive: 'Abrir la ficha de {{name}}',
    unconverted: 'Excluidos por falta de tipo de cambio: {{documents}}.',
    definitions: {
      title: 'Cómo se calculan estas cifras',
      currency:
        'Importes sin IVA en {{currency}}, la moneda contable; un documento en otra moneda se convierte al tipo de cambio fijado al emitirlo.',
      revenue:
        'Facturación = facturado + correcciones: las facturas rectificativas de abono (restan) y las notas de cargo por corrección de precio (suman) emitidas esta semana, sea cual sea la semana de su factura. Los gastos repercutidos con notas de cargo no son facturación.',
      decided:
        'Ratio de decididos = aceptados ÷ (aceptados + rechazados) esta semana. Un presupuesto sustituido por su revisión no cuenta como rechazado, y la revisión no cuenta como un nuevo envío.',
      cohort:
        'Conversión por cohorte = de los presupuestos enviados por primera vez del {{from}} al {{to}}, la parte aceptada hasta el {{to}}.',
      targets:
        'Objetivos por semana: los recuentos en unidades enteras; pase el ratón por un objetivo para ver su valor exacto.'
    },
    ofTargetShort: 'objetivo {{value}}',
    left: '{{name}} (baja)',
    unassigned: 'Sin comercial',
    teamTotal: 'Total del equipo',
    activity: {
      intro:
        'Anote lo que Salesdesk no puede saber de la semana: llamadas, correos y demostraciones. Deje una celda vacía para no fijarla.',
      gridLabel: 'Actividad semanal por comercial',
      metric: {
        calls: 'Llamadas',
        emails: 'Correos',
        demos: 'Demostraciones'
      },
      cellLabel: '{{metric}} de {{name}}',
      save: 'Guardar actividad',
      saved: 'Se guardó la actividad de {{week}}.',
      badValue: 'Use un número entero, 0 o más',
      unsaved: 'Cambios sin guardar'
    },
    targets: {
      intro:
        'Un objetivo se aplica desde su fecha hasta el siguiente objetivo del mismo comercial y cifra. Las semanas anteriores y los informes enviados conservan sus objetivos.',
      newTarget: 'Fijar un objetivo',
      executive: 'Comercial',
      chooseExecutive: 'Elija un comercial',
      metric: 'Cifra',
      metrics: {
        revenue: 'Facturación',
        new_customers: 'Clientes nuevos',
        calls_per_day: 'Llamadas al día',
        visits_per_week: 'Visitas a la semana'
      },
      period: 'Por',
      periods: {
        week: 'Semana',
        month: 'Mes',
        quarter: 'Trimestre'
      },
      value: 'Objetivo',
      valueHintMoney: 'Un importe, p. ej. 12.000,00',
      valueHintCount: 'Un número entero',
      validFrom: 'Válido desde',
      save: 'Guardar objetivo',
      saved: 'Se guardó el objetivo.',
      badMoney: 'Escriba un importe, p. ej. 12.000,00',
      badCount: 'Escriba un número entero, 0 o más',
      chooseExecutiveError: 'Elija un comercial',
      badDate: 'Escriba una fecha',
      history: 'Objetivos y su historial',
      filter: 'Mostrar objetivos de',
      everyone: 'Todos los comerciales',
      none: 'Todavía no hay objetivos.',
      setBy: 'Fijado por',
      current: 'vigente'
    },
    sentList: {
      intro: 'Cada informe archivado como enviado, con sus archivos tal como se enviaron.',
      none: 'Todavía no se ha archivado ningún informe.',
      week: 'Semana',
      sentAt: 'Enviado',
      sentBy: 'Por',
      files: 'Archivos',
      openWeek: 'Ver semana',
      excel: 'Excel ({{size}})',
      pdf: 'PDF ({{size}})'
    },
    import: {
      intro:
        'Rellene la plantilla en Excel (actividad por comercial y semana, objetivos) e impórtela aquí. Salesdesk revisa primero cada fila: si alguna tiene un problema, no se importa nada.',
      template: 'Descargar la plantilla',
      choose: 'Archivo Excel para importar',
      run: 'Importar',
      running: 'Revisando…',
      problems_one: 'No se ha importado nada: hay {{count}} problema que corregir.',
      problems_other: 'No se ha importado nada: hay {{count}} problemas que corregir.',
      applied: 'Se importaron {{activity}} cifras de actividad y {{targets}} objetivos.',
      problemsLabel: 'Problemas en el archivo',
      sheet: 'Hoja',
      row: 'Fila',
      problem: 'Problema',
      noFile: 'Elija primero un archivo.',
      messages: {
        labels: {
          Calls: 'Llamadas',
          'E-mails': 'Correos',
          Demos: 'Demostraciones',
          Value: 'Valor'
        }
      },
      problems_many: 'No se ha importado nada: hay {{count}} problemas que corregir.'
    }
  }
}

const ca: Strings<typeof en> = {
  weekly: {
    title: 'Xifres setmanals',
    week: 'Setmana',
    tabsLabel: 'Vistes de les xifres setmanals',
    tabs: {
      dashboard: 'Tauler',
      activity: 'Trucades i activitat',
      targets: 'Objectius',
      sent: 'Informes enviats',
      import: 'Importació'
    },
    exportXlsx: 'Informe en Excel',
    exportPdf: 'Informe en PDF',
    reportLanguage: "Idioma de l'informe",
    preparing: 'S’està preparant…',
    invoiceLines: 'Línies de factura {{year}}',
    invoiceLinesHint: 'Totes les línies de les factures emeses el {{year}}, a Excel',
    invoiceLinesProgress: 'Línies de factura: {{done}} de {{total}}',
    send: 'Arxiva com a enviat',
    sending: 'S’està arxivant…',
    sendConfirmTitle: 'Voleu arxivar l’informe de la {{week}}?',
    sendConfirmBody:
      'Salesdesk conserva els fitxers Excel i PDF tal com són ara, amb la data. Els podreu tornar a obrir sense canvis, i Salesdesk us avisarà si després canvien les xifres d’aquesta setmana.',
    sendConfirm: 'Arxiva l’informe',
    sent: 'L’informe de la {{week}} s’ha arxivat com a enviat el {{date}}.',
    sentUnchanged:
      '{{who}} va enviar l’informe d’aquesta setmana el {{date}}; les xifres no han canviat des d’aleshores.',
    sentChanged: 'Les xifres han canviat des que {{who}} va enviar l’informe d’aquesta setmana el {{date}}.',
    changeLine: '{{name}} — {{figure}}: {{sent}} en enviar-lo, {{now}} ara',
    causesTitle: 'A causa de',
    changeFigure: {
      revenue: 'Facturació',
      invoices: 'Factures',
      ordersWon: 'Comandes guanyades',
      ordersValue: 'Import de les comandes',
      estimatesSent: 'Pressupostos enviats',
      estimatesAccepted: 'Pressupostos acceptats',
      estimatesDeclined: 'Pressupostos rebutjats',
      newCustomers: 'Clients nous',
      visitsCompleted: 'Visites fetes',
      calls: 'Trucades',
      emails: 'Correus',
      demos: 'Demostracions',
      revenueTarget: 'Objectiu de facturació',
      corrections: 'Correccions',
      feesPassedOn: 'Despeses repercutides',
      estimatesSuperseded: 'Pressupostos substituïts',
      cohortAccepted: 'Pressupostos de la cohort acceptats'
    },
    causeLine: '{{label}} del {{date}} ({{name}}): {{effect}}',
    noExecutives: 'Encara no hi ha comercials.',
    charts: {
      actualVsTarget: 'Facturació respecte a l’objectiu',
      trend: 'Facturació, darreres 12 setmanes',
      pipeline: 'Cartera: pressupostos oberts per import',
      revenue: 'Facturació',
      target: 'Objectiu',
      pipelineValue: 'Pressupostos oberts',
      noRevenue: 'Encara no hi ha facturació ni objectius aquesta setmana.',
      noTrend: 'No hi ha facturació ni objectius en les darreres 12 setmanes.',
      noPipeline: 'No hi ha pressupostos oberts.'
    },
    topPerformers: 'Millors resultats',
    noTopPerformers: 'Encara no hi ha facturació aquesta setmana.',
    ofTarget: '{{percent}} de l’objectiu',
    conversion: 'ràtio de decidits {{percent}}',
    cohort: 'conversió per cohort {{percent}}',
    tableLabel: 'Xifres per comercial',
    col: {
      name: 'Comercial',
      revenue: 'Facturació',
      corrections: 'Correccions',
      fees: 'Despeses repercutides (no facturació)',
      estimatesSuperseded: 'Substituïts',
      revenueTarget: 'Objectiu',
      variance: 'Desviació',
      percentOfTarget: '% de l’objectiu',
      ordersWon: 'Comandes guanyades',
      estimatesSent: 'Pressupostos enviats',
      estimatesAccepted: 'Acceptats',
      estimatesDeclined: 'Rebutjats',
      conversionRate: 'Ràtio de decidits',
      cohortConversion: 'Conversió per cohort',
      newCustomers: 'Clients nous',
      visitsCompleted: 'Visites',
      calls: 'Trucades',
      pipeline: 'Cartera'
    },
    targetExact: 'Objectiu setmanal exacte: {{value}}',
    cohortCell: '{{percent}} ({{accepted}} de {{sent}})',
    bands: {
      title: 'Colors davant de l’objectiu',
      behind: 'Per sota del {{to}} de l’objectiu',
      close: 'Del {{from}} a menys del {{to}}',
      met: 'Del {{from}} a menys del {{to}}: objectiu complert',
      farAbove: '{{from}} o més: molt per sobre, potser l’objectiu és baix',
      none: 'Sense color: no hi ha objectiu'
    },
    executiveFilter: 'Comercial',
    allExecutives: 'Tots els comercials',
    openExecutive: 'Obrir la fitxa de {{name}}',
    unconverted: 'Exclosos per manca de tipus de canvi: {{documents}}.',
    definitions: {
      title: 'Com es calculen aquestes xifres',
      currency:
        'Imports sense IVA en {{currency}}, la moneda comptable; un document en una altra moneda es converteix al tipus de canvi fixat en emetre’l.',
      revenue:
        'Facturació = facturat + correccions: les factures rectificatives d’abonament (resten) i les notes de càrrec per correcció de preu (sumen) emeses aquesta setmana, sigui quina sigui la setmana de la seva factura. Les despeses repercutides amb notes de càrrec no són facturació.',
      decided:
        'Ràtio de decidits = acceptats ÷ (acceptats + rebutjats) aquesta setmana. Un pressupost substituït per la seva revisió no compta com a rebutjat, i la revisió no compta com un nou enviament.',
      cohort:
        'Conversió per cohort = dels pressupostos enviats per primera vegada del {{from}} al {{to}}, la part acceptada fins al {{to}}.',
      targets:
        'Objectius per setmana: els recomptes en unitats senceres; passeu el ratolí per un objectiu per veure’n el valor exacte.'
    },
    ofTargetShort: 'objectiu {{value}}',
    left: '{{name}} (ja no hi és)',
    unassigned: 'Sense comercial',
    teamTotal: 'Total de l’equip',
    activity: {
      intro:
        'Introduïu el que Salesdesk no pot saber de la setmana: trucades, correus i demostracions. Deixeu una cel·la buida perquè quedi sense valor.',
      gridLabel: 'Activitat setmanal per comercial',
      metric: { calls: 'Trucades', emails: 'Correus', demos: 'Demostracions' },
      cellLabel: '{{metric}} de {{name}}',
      save: 'Desa l’activitat',
      saved: 'S’ha desat l’activitat de la {{week}}.',
      badValue: 'Feu servir un nombre enter, 0 o més',
      unsaved: 'Canvis encara no desats'
    },
    targets: {
      intro:
        'Un objectiu s’aplica des de la seva data fins al següent objectiu del mateix comercial i la mateixa xifra. Les setmanes anteriors i els informes enviats conserven els objectius que tenien.',
      newTarget: 'Fixa un objectiu',
      executive: 'Comercial',
      chooseExecutive: 'Trieu un comercial',
      metric: 'Xifra',
      metrics: {
        revenue: 'Facturació',
        new_customers: 'Clients nous',
        calls_per_day: 'Trucades per dia',
        visits_per_week: 'Visites per setmana'
      },
      period: 'Per',
      periods: { week: 'Setmana', month: 'Mes', quarter: 'Trimestre' },
      value: 'Objectiu',
      valueHintMoney: 'Un import, p. ex. 12.000,00',
      valueHintCount: 'Un nombre enter',
      validFrom: 'Vàlid des del',
      save: 'Desa l’objectiu',
      saved: 'S’ha desat l’objectiu.',
      badMoney: 'Escriviu un import, p. ex. 12.000,00',
      badCount: 'Escriviu un nombre enter, 0 o més',
      chooseExecutiveError: 'Trieu un comercial',
      badDate: 'Escriviu una data',
      history: 'Objectius i historial',
      filter: 'Mostra els objectius de',
      everyone: 'Tots els comercials',
      none: 'Encara no s’ha fixat cap objectiu.',
      setBy: 'Fixat per',
      current: 'vigent'
    },
    sentList: {
      intro: 'Cada informe arxivat com a enviat, amb els fitxers exactament com es van enviar.',
      none: 'Encara no s’ha arxivat cap informe.',
      week: 'Setmana',
      sentAt: 'Enviat',
      sentBy: 'Per',
      files: 'Fitxers',
      openWeek: 'Mostra la setmana',
      excel: 'Excel ({{size}})',
      pdf: 'PDF ({{size}})'
    },
    import: {
      intro:
        'Ompliu la plantilla a Excel (activitat per comercial i setmana, objectius) i importeu-la aquí. Salesdesk revisa primer cada fila: si alguna té un problema, no s’importa res.',
      template: 'Baixa la plantilla',
      choose: 'Fitxer Excel per importar',
      run: 'Importa',
      running: 'S’està revisant…',
      problems_one: 'No s’ha importat res: hi ha {{count}} problema per corregir.',
      problems_many: 'No s’ha importat res: hi ha {{count}} de problemes per corregir.',
      problems_other: 'No s’ha importat res: hi ha {{count}} problemes per corregir.',
      applied: 'S’han importat {{activity}} xifres d’activitat i {{targets}} objectius.',
      problemsLabel: 'Problemes del fitxer',
      sheet: 'Full',
      row: 'Fila',
      problem: 'Problema',
      noFile: 'Trieu primer un fitxer.',
      messages: {
        labels: { Calls: 'Trucades', 'E-mails': 'Correus', Demos: 'Demostracions', Value: 'Valor' }
      }
    }
  }
}

const hu: Strings<typeof en> = {
  weekly: {
    title: 'Heti számok',
    week: 'Hét',
    tabsLabel: 'A heti számok nézetei',
    tabs: {
      dashboard: 'Irányítópult',
      activity: 'Hívások és aktivitás',
      targets: 'Célok',
      sent: 'Elküldött jelentések',
      import: 'Importálás'
    },
    exportXlsx: 'Jelentés Excelben',
    exportPdf: 'Jelentés PDF-ben',
    reportLanguage: 'A jelentés nyelve',
    preparing: 'Előkészítés…',
    invoiceLines: 'Számlatételek, {{year}}',
    invoiceLinesHint: 'A {{year}}. évben kiállított számlák összes tétele Excelbe',
    invoiceLinesProgress: 'Számlatételek: {{done}} / {{total}}',
    send: 'Archiválás elküldöttként',
    sending: 'Archiválás…',
    sendConfirmTitle: 'Archiválja a(z) {{week}} heti jelentést?',
    sendConfirmBody:
      'A Salesdesk a jelenlegi állapotukban, dátummal megőrzi az Excel- és PDF-fájlokat. Később változatlanul újra megnyithatók, és a Salesdesk jelzi, ha a hét számai utólag megváltoznak.',
    sendConfirm: 'A jelentés archiválása',
    sent: 'A(z) {{week}} heti jelentés elküldöttként archiválva: {{date}}.',
    sentUnchanged: 'A heti jelentést {{who}} küldte el {{date}} napon; a számok azóta nem változtak.',
    sentChanged: 'A számok megváltoztak, mióta {{who}} elküldte a heti jelentést ({{date}}).',
    changeLine: '{{name}} — {{figure}}: elküldéskor {{sent}}, most {{now}}',
    causesTitle: 'Oka',
    changeFigure: {
      revenue: 'Árbevétel',
      invoices: 'Számlák',
      ordersWon: 'Elnyert megrendelések',
      ordersValue: 'Megrendelések értéke',
      estimatesSent: 'Elküldött árajánlatok',
      estimatesAccepted: 'Elfogadott árajánlatok',
      estimatesDeclined: 'Elutasított árajánlatok',
      newCustomers: 'Új ügyfelek',
      visitsCompleted: 'Teljesített látogatások',
      calls: 'Hívások',
      emails: 'E-mailek',
      demos: 'Bemutatók',
      revenueTarget: 'Árbevételi cél',
      corrections: 'Helyesbítések',
      feesPassedOn: 'Továbbhárított díjak',
      estimatesSuperseded: 'Felváltott árajánlatok',
      cohortAccepted: 'A kohorsz elfogadott árajánlatai'
    },
    causeLine: '{{label}}, {{date}} ({{name}}): {{effect}}',
    noExecutives: 'Még nincsenek értékesítők.',
    charts: {
      actualVsTarget: 'Árbevétel a célhoz képest',
      trend: 'Árbevétel, utolsó 12 hét',
      pipeline: 'Ajánlatállomány: nyitott árajánlatok érték szerint',
      revenue: 'Árbevétel',
      target: 'Cél',
      pipelineValue: 'Nyitott árajánlatok',
      noRevenue: 'Ezen a héten még nincs árbevétel és nincs cél.',
      noTrend: 'Az elmúlt 12 hétben nem volt árbevétel és nem volt cél.',
      noPipeline: 'Nincs nyitott árajánlat.'
    },
    topPerformers: 'Legjobb teljesítők',
    noTopPerformers: 'Ezen a héten még nincs árbevétel.',
    ofTarget: 'a cél {{percent}}-a',
    conversion: 'döntési arány {{percent}}',
    cohort: 'kohorsz-konverzió {{percent}}',
    tableLabel: 'Számok értékesítőnként',
    col: {
      name: 'Értékesítő',
      revenue: 'Árbevétel',
      corrections: 'Helyesbítések',
      fees: 'Továbbhárított díjak (nem árbevétel)',
      estimatesSuperseded: 'Felváltva',
      revenueTarget: 'Cél',
      variance: 'Eltérés',
      percentOfTarget: 'A cél %-a',
      ordersWon: 'Elnyert megrendelések',
      estimatesSent: 'Elküldött árajánlatok',
      estimatesAccepted: 'Elfogadva',
      estimatesDeclined: 'Elutasítva',
      conversionRate: 'Döntési arány',
      cohortConversion: 'Kohorsz-konverzió',
      newCustomers: 'Új ügyfelek',
      visitsCompleted: 'Látogatások',
      calls: 'Hívások',
      pipeline: 'Ajánlatállomány'
    },
    targetExact: 'Pontos heti cél: {{value}}',
    cohortCell: '{{percent}} ({{sent}} közül {{accepted}})',
    bands: {
      title: 'Színek a célhoz képest',
      behind: 'A cél {{to}}-a alatt',
      close: '{{from}} és {{to}} között',
      met: '{{from}} és {{to}} között: cél teljesítve',
      farAbove: '{{from}} vagy több: jóval felette, a cél talán túl alacsony',
      none: 'Nincs szín: nincs kitűzött cél'
    },
    executiveFilter: 'Értékesítő',
    allExecutives: 'Minden értékesítő',
    openExecutive: '{{name}} adatlapjának megnyitása',
    unconverted: 'Árfolyam hiányában kimaradt: {{documents}}.',
    definitions: {
      title: 'Hogyan számoljuk ezeket a számokat',
      currency:
        'Nettó összegek {{currency}} pénznemben, a könyvelés pénznemében; a más pénznemű bizonylatot a kiállításkor rögzített árfolyamon számítjuk át.',
      revenue:
        'Árbevétel = számlázott + helyesbítések: az ezen a héten kiállított jóváírások (levonva) és árhelyesbítő terhelési értesítők (hozzáadva), bármelyik héten volt is a számlájuk. A terhelési értesítővel továbbhárított díjak nem árbevétel.',
      decided:
        'Döntési arány = elfogadott ÷ (elfogadott + elutasított) ezen a héten. A módosított változatával felváltott árajánlat nem elutasított, és a módosítás nem számít újabb elküldésnek.',
      cohort:
        'Kohorsz-konverzió = a {{from}} és {{to}} között először elküldött árajánlatok közül a {{to}}-ig elfogadottak aránya.',
      targets: 'Heti célok: a darabszámok egész egységben; a pontos értékért vigye az egeret a cél fölé.'
    },
    ofTargetShort: 'cél {{value}}',
    left: '{{name}} (távozott)',
    unassigned: 'Nincs értékesítő',
    teamTotal: 'Csapat összesen',
    activity: {
      intro:
        'Adja meg, amit a Salesdesk nem tudhat a hétről: hívások, e-mailek és bemutatók száma. Az üresen hagyott cella nincs kitöltve.',
      gridLabel: 'Heti aktivitás értékesítőnként',
      metric: { calls: 'Hívások', emails: 'E-mailek', demos: 'Bemutatók' },
      cellLabel: '{{name}}: {{metric}}',
      save: 'Aktivitás mentése',
      saved: 'A(z) {{week}} heti aktivitás mentve.',
      badValue: 'Egész számot adjon meg, 0 vagy több',
      unsaved: 'Nem mentett módosítások'
    },
    targets: {
      intro:
        'Egy cél a dátumától az ugyanarra az értékesítőre és mutatóra vonatkozó következő célig érvényes. A korábbi hetek és az elküldött jelentések megtartják a korábbi célokat.',
      newTarget: 'Cél megadása',
      executive: 'Értékesítő',
      chooseExecutive: 'Válasszon értékesítőt',
      metric: 'Mutató',
      metrics: {
        revenue: 'Árbevétel',
        new_customers: 'Új ügyfelek',
        calls_per_day: 'Hívások naponta',
        visits_per_week: 'Látogatások hetente'
      },
      period: 'Időszak',
      periods: { week: 'Hét', month: 'Hónap', quarter: 'Negyedév' },
      value: 'Cél',
      valueHintMoney: 'Összeg, pl. 12.000,00',
      valueHintCount: 'Egész szám',
      validFrom: 'Érvényes ettől',
      save: 'Cél mentése',
      saved: 'A cél mentve.',
      badMoney: 'Adjon meg egy összeget, pl. 12.000,00',
      badCount: 'Egész számot adjon meg, 0 vagy több',
      chooseExecutiveError: 'Válasszon értékesítőt',
      badDate: 'Adjon meg egy dátumot',
      history: 'Célok és előzményeik',
      filter: 'Célok megjelenítése',
      everyone: 'Minden értékesítő',
      none: 'Még nincs megadott cél.',
      setBy: 'Megadta',
      current: 'érvényes'
    },
    sentList: {
      intro: 'Minden elküldöttként archivált jelentés, a fájlokkal pontosan úgy, ahogy elküldték őket.',
      none: 'Még nincs archivált jelentés.',
      week: 'Hét',
      sentAt: 'Elküldve',
      sentBy: 'Küldte',
      files: 'Fájlok',
      openWeek: 'A hét megjelenítése',
      excel: 'Excel ({{size}})',
      pdf: 'PDF ({{size}})'
    },
    import: {
      intro:
        'Töltse ki az Excel-sablont (aktivitás értékesítőnként és hetenként, célok), majd importálja itt. A Salesdesk előbb minden sort ellenőriz: ha bármelyik sor hibás, semmi sem kerül importálásra.',
      template: 'A sablon letöltése',
      choose: 'Importálandó Excel-fájl',
      run: 'Importálás',
      running: 'Ellenőrzés…',
      problems_one: 'Semmi sem lett importálva: {{count}} javítandó hiba van.',
      problems_other: 'Semmi sem lett importálva: {{count}} javítandó hiba van.',
      applied: '{{activity}} aktivitási adat és {{targets}} cél importálva.',
      problemsLabel: 'Hibák a fájlban',
      sheet: 'Munkalap',
      row: 'Sor',
      problem: 'Hiba',
      noFile: 'Előbb válasszon fájlt.',
      messages: {
        labels: { Calls: 'Hívások', 'E-mails': 'E-mailek', Demos: 'Bemutatók', Value: 'Érték' }
      }
    }
  }
}

const ru: Strings<typeof en> = {
  weekly: {
    title: 'Недельные показатели',
    week: 'Неделя',
    tabsLabel: 'Разделы недельных показателей',
    tabs: {
      dashboard: 'Сводка',
      activity: 'Звонки и активность',
      targets: 'Планы',
      sent: 'Отправленные отчёты',
      import: 'Импорт'
    },
    exportXlsx: 'Отчёт в Excel',
    exportPdf: 'Отчёт в PDF',
    reportLanguage: 'Язык отчёта',
    preparing: 'Подготовка…',
    invoiceLines: 'Строки счетов за {{year}}',
    invoiceLinesHint: 'Все строки счетов, выставленных в {{year}} году, в Excel',
    invoiceLinesProgress: 'Строки счетов: {{done}} из {{total}}',
    send: 'Отметить как отправленный',
    sending: 'Сохранение в архив…',
    sendConfirmTitle: 'Сохранить отчёт за {{week}} как отправленный?',
    sendConfirmBody:
      'Salesdesk сохранит файлы Excel и PDF в текущем виде, с датой. Позже их можно открыть без изменений, и Salesdesk сообщит, если показатели этой недели изменятся.',
    sendConfirm: 'Сохранить отчёт',
    sent: 'Отчёт за {{week}} сохранён как отправленный {{date}}.',
    sentUnchanged: 'Отчёт за эту неделю отправлен {{date}} ({{who}}); с тех пор показатели не менялись.',
    sentChanged: 'Показатели изменились после отправки отчёта за эту неделю {{date}} ({{who}}).',
    changeLine: '{{name}} — {{figure}}: при отправке {{sent}}, сейчас {{now}}',
    causesTitle: 'Причины',
    changeFigure: {
      revenue: 'Выручка',
      invoices: 'Счета',
      ordersWon: 'Полученные заказы',
      ordersValue: 'Сумма заказов',
      estimatesSent: 'Отправленные КП',
      estimatesAccepted: 'Принятые КП',
      estimatesDeclined: 'Отклонённые КП',
      newCustomers: 'Новые клиенты',
      visitsCompleted: 'Проведённые визиты',
      calls: 'Звонки',
      emails: 'Письма',
      demos: 'Демонстрации',
      revenueTarget: 'План по выручке',
      corrections: 'Корректировки',
      feesPassedOn: 'Перевыставленные сборы',
      estimatesSuperseded: 'Замененные КП',
      cohortAccepted: 'Принятые КП когорты'
    },
    causeLine: '{{label}} от {{date}} ({{name}}): {{effect}}',
    noExecutives: 'Менеджеров пока нет.',
    charts: {
      actualVsTarget: 'Выручка и план',
      trend: 'Выручка за последние 12 недель',
      pipeline: 'Воронка: открытые КП по сумме',
      revenue: 'Выручка',
      target: 'План',
      pipelineValue: 'Открытые КП',
      noRevenue: 'На этой неделе пока нет ни выручки, ни целей.',
      noTrend: 'За последние 12 недель нет ни выручки, ни целей.',
      noPipeline: 'Открытых КП нет.'
    },
    topPerformers: 'Лучшие результаты',
    noTopPerformers: 'На этой неделе выручки пока нет.',
    ofTarget: '{{percent}} плана',
    conversion: 'доля принятых решений {{percent}}',
    cohort: 'конверсия когорты {{percent}}',
    tableLabel: 'Показатели по менеджерам',
    col: {
      name: 'Менеджер',
      revenue: 'Выручка',
      corrections: 'Корректировки',
      fees: 'Сборы (не выручка)',
      estimatesSuperseded: 'Заменены',
      revenueTarget: 'План',
      variance: 'Отклонение',
      percentOfTarget: '% плана',
      ordersWon: 'Полученные заказы',
      estimatesSent: 'Отправленные КП',
      estimatesAccepted: 'Принятые',
      estimatesDeclined: 'Отклонённые',
      conversionRate: 'Доля принятых',
      cohortConversion: 'Конверсия когорты',
      newCustomers: 'Новые клиенты',
      visitsCompleted: 'Визиты',
      calls: 'Звонки',
      pipeline: 'Воронка'
    },
    targetExact: 'Точный план на неделю: {{value}}',
    cohortCell: '{{percent}} ({{accepted}} из {{sent}})',
    bands: {
      title: 'Цвета относительно плана',
      behind: 'Ниже {{to}} плана',
      close: 'От {{from}} до {{to}}',
      met: 'От {{from}} до {{to}}: план выполнен',
      farAbove: '{{from}} и более: намного выше, возможно, план занижен',
      none: 'Без цвета: план не задан'
    },
    executiveFilter: 'Менеджер по продажам',
    allExecutives: 'Все менеджеры',
    openExecutive: 'Открыть карточку: {{name}}',
    unconverted: 'Не учтены из-за отсутствия курса: {{documents}}.',
    definitions: {
      title: 'Как считаются эти показатели',
      currency:
        'Суммы без НДС в {{currency}}, валюте учета; документ в другой валюте пересчитан по курсу, зафиксированному при его выставлении.',
      revenue:
        'Выручка = выставлено + корректировки: кредит-ноты (минус) и дебет-ноты с корректировкой цены (плюс), выставленные на этой неделе, независимо от недели их счета. Сборы, перевыставленные дебет-нотами, не являются выручкой.',
      decided:
        'Доля принятых = принятые ÷ (принятые + отклоненные) за неделю. КП, замененное новой редакцией, не считается отклоненным, а новая редакция не считается повторной отправкой.',
      cohort: 'Конверсия когорты = из КП, впервые отправленных с {{from}} по {{to}}, доля принятых к {{to}}.',
      targets:
        'Планы на неделю: количества в целых единицах; наведите курсор на план, чтобы увидеть точное значение.'
    },
    ofTargetShort: 'план {{value}}',
    left: '{{name}} (уволен)',
    unassigned: 'Без менеджера',
    teamTotal: 'Итого по отделу',
    activity: {
      intro:
        'Введите то, чего Salesdesk не может знать о неделе: звонки, письма и демонстрации. Оставьте ячейку пустой, если значения нет.',
      gridLabel: 'Недельная активность по менеджерам',
      metric: { calls: 'Звонки', emails: 'Письма', demos: 'Демонстрации' },
      cellLabel: '{{metric}}: {{name}}',
      save: 'Сохранить активность',
      saved: 'Активность за {{week}} сохранена.',
      badValue: 'Введите целое число, 0 или больше',
      unsaved: 'Есть несохранённые изменения'
    },
    targets: {
      intro:
        'План действует с указанной даты до следующего плана того же менеджера по тому же показателю. Прошедшие недели и отправленные отчёты сохраняют прежние планы.',
      newTarget: 'Задать план',
      executive: 'Менеджер',
      chooseExecutive: 'Выберите менеджера',
      metric: 'Показатель',
      metrics: {
        revenue: 'Выручка',
        new_customers: 'Новые клиенты',
        calls_per_day: 'Звонков в день',
        visits_per_week: 'Визитов в неделю'
      },
      period: 'За',
      periods: { week: 'Неделя', month: 'Месяц', quarter: 'Квартал' },
      value: 'План',
      valueHintMoney: 'Сумма, например 12 000,00',
      valueHintCount: 'Целое число',
      validFrom: 'Действует с',
      save: 'Сохранить план',
      saved: 'План сохранён.',
      badMoney: 'Введите сумму, например 12 000,00',
      badCount: 'Введите целое число, 0 или больше',
      chooseExecutiveError: 'Выберите менеджера',
      badDate: 'Введите дату',
      history: 'Планы и их история',
      filter: 'Показать планы',
      everyone: 'Все менеджеры',
      none: 'Планы пока не заданы.',
      setBy: 'Задал',
      current: 'действующий'
    },
    sentList: {
      intro: 'Все отчёты, сохранённые как отправленные, с файлами точно в том виде, в каком их отправили.',
      none: 'Сохранённых отчётов пока нет.',
      week: 'Неделя',
      sentAt: 'Отправлен',
      sentBy: 'Кем',
      files: 'Файлы',
      openWeek: 'Показать неделю',
      excel: 'Excel ({{size}})',
      pdf: 'PDF ({{size}})'
    },
    import: {
      intro:
        'Заполните шаблон в Excel (активность по менеджерам и неделям, планы), затем импортируйте его здесь. Salesdesk сначала проверяет каждую строку: если хотя бы в одной есть ошибка, ничего не импортируется.',
      template: 'Скачать шаблон',
      choose: 'Файл Excel для импорта',
      run: 'Импортировать',
      running: 'Проверка…',
      problems_one: 'Ничего не импортировано: нужно исправить {{count}} ошибку.',
      problems_few: 'Ничего не импортировано: нужно исправить {{count}} ошибки.',
      problems_many: 'Ничего не импортировано: нужно исправить {{count}} ошибок.',
      problems_other: 'Ничего не импортировано: нужно исправить {{count}} ошибки.',
      applied: 'Импортировано показателей активности: {{activity}}, планов: {{targets}}.',
      problemsLabel: 'Ошибки в файле',
      sheet: 'Лист',
      row: 'Строка',
      problem: 'Ошибка',
      noFile: 'Сначала выберите файл.',
      messages: {
        labels: { Calls: 'Звонки', 'E-mails': 'Письма', Demos: 'Демонстрации', Value: 'Значение' }
      }
    }
  }
}

export const weeklyStrings: Translations<typeof en> = { en, es, ca, hu, ru }
