/** Strings of the weekly figures, targets, sent reports and import: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  weekly: {
    title: 'Weekly figures',
    week: 'Week',
    weekRange: '{{start}} – {{end}}',
    previousWeek: 'Previous week',
    nextWeek: 'Next week',
    thisWeek: 'This week',
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
      Revenue: 'Revenue',
      Invoices: 'Invoices',
      'Orders won': 'Orders won',
      'Orders value': 'Orders value',
      'Estimates sent': 'Estimates sent',
      'Estimates accepted': 'Estimates accepted',
      'Estimates declined': 'Estimates declined',
      'New customers': 'New customers',
      'Visits completed': 'Visits completed',
      Calls: 'Calls',
      'E-mails': 'E-mails',
      Demos: 'Demos',
      'Revenue target': 'Revenue target'
    },
    causeLine: '{{label}} of {{date}} ({{name}}): {{effect}}',
    noExecutives: 'There are no sales executives yet.',
    charts: {
      actualVsTarget: 'Revenue against target',
      trend: 'Revenue, last 12 weeks',
      pipeline: 'Pipeline: open estimates by value',
      revenue: 'Revenue',
      target: 'Target',
      pipelineValue: 'Open estimates'
    },
    topPerformers: 'Top performers',
    noTopPerformers: 'No revenue this week yet.',
    ofTarget: '{{percent}} of target',
    conversion: 'conversion {{percent}}',
    tableLabel: 'Figures per sales executive',
    col: {
      name: 'Sales executive',
      revenue: 'Revenue',
      revenueTarget: 'Target',
      variance: 'Variance',
      percentOfTarget: '% of target',
      ordersWon: 'Orders won',
      estimatesSent: 'Estimates sent',
      estimatesAccepted: 'Accepted',
      estimatesDeclined: 'Declined',
      conversionRate: 'Conversion',
      newCustomers: 'New customers',
      visitsCompleted: 'Visits',
      calls: 'Calls',
      pipeline: 'Pipeline'
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
        unknownExecutive: 'Unknown sales executive "{{value}}"',
        ambiguousExecutive: 'Several sales executives are called "{{value}}": use the e-mail address instead',
        badWeek: '"{{value}}" is not an ISO week such as 2026-W47',
        notNumber: '{{label}}: "{{value}}" is not a number',
        negative: '{{label}} must not be negative ({{value}})',
        notWhole: '{{label}} must be a whole number ({{value}})',
        tooLarge: '{{label}} is too large (at most {{value}})',
        notAmount: 'Value: "{{value}}" is not an amount',
        tooManyDecimals: 'Value: {{value}} has more than 2 decimals',
        sameWeek: 'Same sales executive and week as row {{value}}',
        sameTarget: 'Same sales executive, figure and date as row {{value}}',
        unknownFigure:
          'Unknown figure "{{value}}": use revenue, new_customers, calls_per_day, visits_per_week',
        unknownPeriod: 'Unknown period "{{value}}": use week, month or quarter',
        badDate: '"{{value}}" is not a date like 2026-10-01',
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
    weekRange: '{{start}} – {{end}}',
    previousWeek: 'Semana anterior',
    nextWeek: 'Semana siguiente',
    thisWeek: 'Esta semana',
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
      Revenue: 'Facturación',
      Invoices: 'Facturas',
      'Orders won': 'Pedidos ganados',
      'Orders value': 'Importe de pedidos',
      'Estimates sent': 'Presupuestos enviados',
      'Estimates accepted': 'Presupuestos aceptados',
      'Estimates declined': 'Presupuestos rechazados',
      'New customers': 'Clientes nuevos',
      'Visits completed': 'Visitas realizadas',
      Calls: 'Llamadas',
      'E-mails': 'Correos',
      Demos: 'Demostraciones',
      'Revenue target': 'Objetivo de facturación'
    },
    causeLine: '{{label}} del {{date}} ({{name}}): {{effect}}',
    noExecutives: 'Todavía no hay comerciales.',
    charts: {
      actualVsTarget: 'Facturación frente al objetivo',
      trend: 'Facturación, últimas 12 semanas',
      pipeline: 'Cartera: presupuestos abiertos por importe',
      revenue: 'Facturación',
      target: 'Objetivo',
      pipelineValue: 'Presupuestos abiertos'
    },
    topPerformers: 'Mejores resultados',
    noTopPerformers: 'Todavía no hay facturación esta semana.',
    ofTarget: '{{percent}} del objetivo',
    conversion: 'conversión {{percent}}',
    tableLabel: 'Cifras por comercial',
    col: {
      name: 'Comercial',
      revenue: 'Facturación',
      revenueTarget: 'Objetivo',
      variance: 'Diferencia',
      percentOfTarget: '% del objetivo',
      ordersWon: 'Pedidos ganados',
      estimatesSent: 'Presupuestos enviados',
      estimatesAccepted: 'Aceptados',
      estimatesDeclined: 'Rechazados',
      conversionRate: 'Conversión',
      newCustomers: 'Clientes nuevos',
      visitsCompleted: 'Visitas',
      calls: 'Llamadas',
      pipeline: 'Cartera'
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
        unknownExecutive: 'Comercial desconocido "{{value}}"',
        ambiguousExecutive: 'Hay varios comerciales llamados "{{value}}": use la dirección de correo',
        badWeek: '"{{value}}" no es una semana ISO como 2026-W47',
        notNumber: '{{label}}: "{{value}}" no es un número',
        negative: '{{label}} no puede ser negativo ({{value}})',
        notWhole: '{{label}} debe ser un número entero ({{value}})',
        tooLarge: '{{label}} es demasiado grande (como máximo {{value}})',
        notAmount: 'Valor: "{{value}}" no es un importe',
        tooManyDecimals: 'Valor: {{value}} tiene más de 2 decimales',
        sameWeek: 'Mismo comercial y semana que la fila {{value}}',
        sameTarget: 'Mismo comercial, cifra y fecha que la fila {{value}}',
        unknownFigure:
          'Cifra desconocida "{{value}}": use revenue, new_customers, calls_per_day, visits_per_week',
        unknownPeriod: 'Periodo desconocido "{{value}}": use week, month o quarter',
        badDate: '"{{value}}" no es una fecha como 2026-10-01',
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

export const weeklyStrings: Translations<typeof en> = { en, es }
