/**
 * Word lists for realistic demo data in the languages our users work in:
 * Spanish, Catalan, Hungarian, Russian (Cyrillic), English, German and French.
 */
import { hungarianVatId, spanishCompanyTaxId } from '../../shared/tax-ids'

export interface Locale {
  country: string
  firstNames: string[]
  surnames: string[]
  /** Builds a company name from a surname. */
  company: (surname: string, pick: <T>(list: readonly T[]) => T) => string
  cities: Array<[city: string, postalCode: string, region: string]>
  streets: string[]
  taxId: (n: number) => string
  phonePrefix: string
}

export const locales: Locale[] = [
  {
    country: 'ES',
    firstNames: ['José', 'María', 'Lucía', 'Álvaro', 'Iñigo', 'Begoña', 'Sofía', 'Martín', 'Ángela', 'Raúl'],
    surnames: [
      'García',
      'Fernández',
      'Martínez',
      'Núñez',
      'Gómez',
      'Peña',
      'Ibáñez',
      'Muñoz',
      'Sáez',
      'Jiménez'
    ],
    company: (s, pick) =>
      `${pick(['Ferretería', 'Distribuciones', 'Talleres', 'Suministros', 'Almacenes'])} ${s} ${pick(['S.L.', 'S.A.', 'e Hijos S.L.'])}`,
    cities: [
      ['Madrid', '28013', 'Madrid'],
      ['Sevilla', '41001', 'Andalucía'],
      ['Málaga', '29005', 'Andalucía'],
      ['Córdoba', '14003', 'Andalucía'],
      ['A Coruña', '15001', 'Galicia'],
      ['León', '24003', 'Castilla y León']
    ],
    streets: [
      'Calle Mayor',
      'Avenida de la Constitución',
      'Calle de Alcalá',
      'Paseo de Gracia',
      'Calle Núñez de Balboa'
    ],
    taxId: (n) => spanishCompanyTaxId(1_000_000 + (n % 8_999_999)),
    phonePrefix: '+34 9'
  },
  {
    country: 'ES',
    firstNames: [
      'Jordi',
      'Núria',
      'Montserrat',
      'Pere',
      'Mercè',
      'Oriol',
      'Laia',
      'Arnau',
      'Roser',
      'Marçal'
    ],
    surnames: ['Puig', 'Ferrer', 'Vilà', 'Soler', 'Pujol', 'Casals', 'Roca', 'Font', 'Serra', 'Colomer'],
    company: (s, pick) =>
      `${pick(['Col·lectiu', 'Indústries', 'Comercial', 'Cal'])} ${s} ${pick(['i Fills S.L.', 'S.A.', 'SCCL'])}`,
    cities: [
      ['Barcelona', '08001', 'Catalunya'],
      ['Girona', '17001', 'Catalunya'],
      ['Lleida', '25001', 'Catalunya'],
      ['Sabadell', '08201', 'Catalunya'],
      ['Tarragona', '43001', 'Catalunya']
    ],
    streets: [
      'Carrer de la Il·lustració',
      'Passeig de Sant Joan',
      'Carrer Gran de Gràcia',
      'Rambla de Catalunya',
      'Carrer del Comerç'
    ],
    taxId: (n) => spanishCompanyTaxId(6_000_000 + (n % 3_999_999)),
    phonePrefix: '+34 93'
  },
  {
    country: 'HU',
    firstNames: ['Ádám', 'Zsófia', 'Gergő', 'Őrs', 'Réka', 'Bálint', 'Júlia', 'Dávid', 'Eszter', 'Ünige'],
    surnames: ['Kovács', 'Szabó', 'Tóth', 'Horváth', 'Nagy', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Győri'],
    company: (s, pick) =>
      `${s} ${pick(['és Társa Kft.', 'Kereskedelmi Kft.', 'Bt.', 'Zrt.', 'Építőipari Kft.'])}`,
    cities: [
      ['Budapest', '1051', 'Budapest'],
      ['Győr', '9021', 'Győr-Moson-Sopron'],
      ['Debrecen', '4024', 'Hajdú-Bihar'],
      ['Pécs', '7621', 'Baranya'],
      ['Szőreg', '6771', 'Csongrád-Csanád']
    ],
    streets: ['Fő utca', 'Kossuth Lajos utca', 'Petőfi Sándor utca', 'Széchenyi tér', 'Ady Endre út'],
    taxId: (n) => hungarianVatId(1_000_000 + (n % 8_999_999)),
    phonePrefix: '+36 1'
  },
  {
    country: 'RU',
    firstNames: [
      'Алексей',
      'Мария',
      'Дмитрий',
      'Ольга',
      'Сергей',
      'Татьяна',
      'Юрий',
      'Наталья',
      'Иван',
      'Ёлка'
    ],
    surnames: [
      'Смирнов',
      'Иванов',
      'Кузнецов',
      'Попов',
      'Соколов',
      'Лебедев',
      'Козлов',
      'Новиков',
      'Морозов',
      'Волков'
    ],
    company: (s, pick) =>
      `${pick(['ООО', 'АО', 'ИП'])} «${s} ${pick(['и партнёры', 'Торг', 'Снаб', 'Групп'])}»`,
    cities: [
      ['Москва', '101000', 'Москва'],
      ['Санкт-Петербург', '190000', 'Санкт-Петербург'],
      ['Казань', '420111', 'Татарстан'],
      ['Новосибирск', '630099', 'Новосибирская обл.']
    ],
    streets: ['ул. Ленина', 'пр. Мира', 'ул. Гагарина', 'Невский пр.', 'ул. Пушкина'],
    taxId: (n) => String(7700000000 + (n % 99999999)),
    phonePrefix: '+7 495'
  },
  {
    country: 'GB',
    firstNames: ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Emily', 'Jack', 'Chloë', 'Noah', 'Zoë'],
    surnames: [
      'Smith',
      'Jones',
      'Taylor',
      'Brown',
      "O'Brien",
      'Wilson',
      'Evans',
      'Thomas',
      'Roberts',
      'Walker'
    ],
    company: (s, pick) => `${s} ${pick(['& Sons Ltd', 'Supplies Ltd', 'Trading plc', 'Engineering Ltd'])}`,
    cities: [
      ['London', 'EC1A 1BB', 'Greater London'],
      ['Manchester', 'M1 1AE', 'Greater Manchester'],
      ['Leeds', 'LS1 4DY', 'West Yorkshire'],
      ['Bristol', 'BS1 4ST', 'Bristol']
    ],
    streets: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane'],
    taxId: (n) => `GB${String(100000000 + (n % 899999999))}`,
    phonePrefix: '+44 20'
  },
  {
    country: 'DE',
    firstNames: ['Jürgen', 'Käthe', 'Lukas', 'Anna', 'Björn', 'Jörg', 'Lena', 'Maximilian', 'Sören', 'Grete'],
    surnames: [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weiß',
      'Größer',
      'Wagner',
      'Becker',
      'Schäfer',
      'Köhler'
    ],
    company: (s, pick) => `${s} ${pick(['GmbH', 'GmbH & Co. KG', 'AG', 'Handels GmbH'])}`,
    cities: [
      ['München', '80331', 'Bayern'],
      ['Köln', '50667', 'Nordrhein-Westfalen'],
      ['Düsseldorf', '40213', 'Nordrhein-Westfalen'],
      ['Nürnberg', '90402', 'Bayern']
    ],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Schloßallee', 'Gartenstraße', 'Königstraße'],
    taxId: (n) => `DE${String(100000000 + (n % 899999999))}`,
    phonePrefix: '+49 89'
  },
  {
    country: 'FR',
    firstNames: ['Théo', 'Léa', 'Chloé', 'François', 'Hélène', 'Noël', 'Zoé', 'Jérôme', 'Cécile', 'Loïc'],
    surnames: [
      'Martin',
      'Bernard',
      'Lefèvre',
      'Dubois',
      'Mercier',
      'Rousseau',
      'Faure',
      'Girard',
      'Bonnet',
      'Lemaître'
    ],
    company: (s, pick) =>
      `${pick(['Établissements', 'Société', 'Ateliers'])} ${s} ${pick(['SARL', 'SA', 'SAS'])}`,
    cities: [
      ['Paris', '75001', 'Île-de-France'],
      ['Lyon', '69001', 'Auvergne-Rhône-Alpes'],
      ['Nîmes', '30000', 'Occitanie'],
      ['Besançon', '25000', 'Bourgogne-Franche-Comté']
    ],
    streets: [
      'Rue de la République',
      'Avenue des Champs-Élysées',
      'Rue du Général-Leclerc',
      'Boulevard Saint-Germain',
      'Place de l’Église'
    ],
    taxId: (n) => `FR${String(10000000000 + (n % 89999999999))}`,
    phonePrefix: '+33 1'
  }
]

export const productFamilies: Array<{ name: string; unit: string; vatRateBp: number; variants: string[] }> = [
  {
    name: 'Office chair',
    unit: 'pc',
    vatRateBp: 2100,
    variants: ['ergonomic', 'mesh', 'leather', 'stacking', 'executive']
  },
  { name: 'Desk', unit: 'pc', vatRateBp: 2100, variants: ['standing', 'corner', 'compact', 'oak', 'white'] },
  {
    name: 'Printer paper A4',
    unit: 'box',
    vatRateBp: 2100,
    variants: ['80 g', '90 g', 'recycled', 'premium']
  },
  {
    name: 'Toner cartridge',
    unit: 'pc',
    vatRateBp: 2100,
    variants: ['black', 'cyan', 'magenta', 'yellow', 'XL']
  },
  {
    name: 'Café en grano',
    unit: 'kg',
    vatRateBp: 1000,
    variants: ['arábica', 'robusta', 'descafeinado', 'mezcla']
  },
  { name: 'Cable de red', unit: 'm', vatRateBp: 2100, variants: ['Cat6', 'Cat6a', 'Cat7', 'exterior'] },
  {
    name: 'Servicio de mantenimiento',
    unit: 'h',
    vatRateBp: 2100,
    variants: ['estándar', 'urgente', 'fin de semana']
  },
  { name: 'Irodaszer csomag', unit: 'db', vatRateBp: 2100, variants: ['alap', 'bővített', 'prémium'] },
  { name: 'Монитор', unit: 'шт', vatRateBp: 2100, variants: ['24"', '27"', '32"', 'изогнутый'] },
  { name: 'Llibreta', unit: 'u', vatRateBp: 400, variants: ['A5', 'A4', 'quadriculada', 'reciclada'] }
]
