/**
 * Our free-text units (as users type them, in their language) to UN/ECE Recommendation 20 codes,
 * which EN 16931 requires for every quantity (BT-130). Unknown units fall back to C62, "one".
 */
const REC20: Record<string, string> = {}

const groups: [string, string[]][] = [
  [
    'H87',
    [
      'pc',
      'pcs',
      'piece',
      'pieces',
      'ud',
      'uds',
      'unidad',
      'unidades',
      'u',
      'db',
      'darab',
      'шт',
      'peça',
      'pça',
      'unitat',
      'unitats'
    ]
  ],
  ['C62', ['', 'unit', 'units', 'ea', 'each', 'x']],
  ['HUR', ['h', 'hr', 'hrs', 'hour', 'hours', 'hora', 'horas', 'hores', 'óra', 'ora', 'ч', 'час', 'часов']],
  ['MIN', ['min', 'minute', 'minutes', 'minuto', 'minutos', 'perc', 'мин']],
  ['DAY', ['d', 'day', 'days', 'día', 'dia', 'días', 'dies', 'nap', 'день', 'дн']],
  ['WEE', ['wk', 'week', 'weeks', 'semana', 'setmana', 'hét', 'нед']],
  ['MON', ['mo', 'month', 'months', 'mes', 'meses', 'mesos', 'hó', 'hónap', 'мес', 'месяц']],
  ['ANN', ['yr', 'year', 'years', 'año', 'años', 'any', 'anys', 'év', 'год']],
  ['KGM', ['kg', 'kilo', 'kilos', 'кг']],
  ['GRM', ['g', 'gr', 'gram', 'grams', 'gramo', 'gramos', 'г']],
  ['TNE', ['t', 'tonne', 'tonnes', 'tonelada', 'toneladas', 'т']],
  ['LTR', ['l', 'lt', 'litre', 'liter', 'litro', 'litros', 'л']],
  ['MLT', ['ml', 'мл']],
  ['MTR', ['m', 'metre', 'meter', 'metro', 'metros', 'м']],
  ['CMT', ['cm', 'см']],
  ['MMT', ['mm', 'мм']],
  ['KMT', ['km', 'км']],
  ['MTK', ['m2', 'm²', 'sqm', 'м2', 'м²']],
  ['MTQ', ['m3', 'm³', 'м3', 'м³']],
  ['KWH', ['kwh', 'квт·ч']],
  ['SET', ['set', 'sets', 'juego', 'joc', 'készlet', 'компл']],
  ['PR', ['pair', 'pairs', 'par', 'pares', 'parell', 'pár', 'пара']],
  ['XBX', ['box', 'boxes', 'caja', 'cajas', 'caixa', 'doboz', 'кор']],
  ['XPK', ['pack', 'packs', 'paquete', 'paquet', 'csomag', 'уп']],
  ['XPX', ['pallet', 'pallets', 'palé', 'palet', 'raklap', 'паллета']],
  ['E48', ['service', 'servicio', 'servei', 'szolgáltatás', 'услуга']]
]
for (const [code, words] of groups) for (const word of words) REC20[word] = code

/** The Rec 20 code for a unit as written on a document line. */
export function unitCode(unit: string): string {
  const key = unit.trim().toLowerCase().replace(/\.$/, '')
  return REC20[key] ?? 'C62'
}
