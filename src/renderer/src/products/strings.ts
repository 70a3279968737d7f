/** Strings of the product list and record: the English base and its translations (checked by test/i18n/strings.test.ts). */
import type { Strings, Translations } from '../../../shared/languages'

const en = {
  products: {
    title: 'Products',
    count_one: '{{formatted}} product',
    count_other: '{{formatted}} products',
    searchLabel: 'Search products',
    searchPlaceholder: 'SKU, name, description…',
    new: 'New product',
    newTitle: 'New product',
    listLabel: 'Product list',
    filterActive: 'Show',
    col: {
      sku: 'SKU',
      name: 'Name',
      unit: 'Unit',
      unitPriceCents: 'Unit price',
      vatRateBp: 'VAT',
      active: 'Active'
    }
  },
  product: {
    sku: 'SKU',
    name: 'Name',
    description: 'Description',
    unit: 'Unit',
    unitHint: 'e.g. pc, kg, h, m²',
    price: 'Unit price (excl. VAT)',
    priceHint: 'e.g. 12,50 or 1.234,50',
    vatRate: 'VAT rate (%)',
    vatHint: 'e.g. 21 or 5,5',
    active: 'Active (can be used on new documents)',
    badPrice: 'Enter an amount, e.g. 12,50',
    badVat: 'Enter a rate in percent, e.g. 21 or 5,5',
    deleteConfirm: 'Delete {{name}}? If it is already used, it is deactivated instead.',
    deleted: 'The product {{name}} was deleted.',
    deactivated: 'The product {{name}} is already in use, so it was deactivated instead of deleted.',
    created: 'The product was created.'
  }
}

const es: Strings<typeof en> = {
  products: {
    title: 'Productos',
    count_one: '{{formatted}} producto',
    count_other: '{{formatted}} productos',
    searchLabel: 'Buscar productos',
    searchPlaceholder: 'SKU, nombre, descripción…',
    new: 'Nuevo producto',
    newTitle: 'Nuevo producto',
    listLabel: 'Lista de productos',
    filterActive: 'Mostrar',
    col: {
      sku: 'SKU',
      name: 'Nombre',
      unit: 'Unidad',
      unitPriceCents: 'Precio unitario',
      vatRateBp: 'IVA',
      active: 'Activo'
    },
    count_many: '{{formatted}} productos'
  },
  product: {
    sku: 'SKU',
    name: 'Nombre',
    description: 'Descripción',
    unit: 'Unidad',
    unitHint: 'p. ej. ud, kg, h, m²',
    price: 'Precio unitario (sin IVA)',
    priceHint: 'p. ej. 12,50 o 1.234,50',
    vatRate: 'Tipo de IVA (%)',
    vatHint: 'p. ej. 21 o 5,5',
    active: 'Activo (se puede usar en documentos nuevos)',
    badPrice: 'Escriba un importe, p. ej. 12,50',
    badVat: 'Escriba un porcentaje, p. ej. 21 o 5,5',
    deleteConfirm: '¿Eliminar {{name}}? Si ya se ha usado, se desactiva en su lugar.',
    deleted: 'Se ha eliminado el producto {{name}}.',
    deactivated: 'El producto {{name}} ya se ha usado, así que se ha desactivado en lugar de eliminarlo.',
    created: 'El producto se ha creado.'
  }
}

const ca: Strings<typeof en> = {
  products: {
    title: 'Productes',
    count_one: '{{formatted}} producte',
    count_many: '{{formatted}} de productes',
    count_other: '{{formatted}} productes',
    searchLabel: 'Cerca productes',
    searchPlaceholder: 'Codi, nom, descripció…',
    new: 'Producte nou',
    newTitle: 'Producte nou',
    listLabel: 'Llista de productes',
    filterActive: 'Mostra',
    col: {
      sku: 'Codi',
      name: 'Nom',
      unit: 'Unitat',
      unitPriceCents: 'Preu unitari',
      vatRateBp: 'IVA',
      active: 'Actiu'
    }
  },
  product: {
    sku: 'Codi d’article',
    name: 'Nom',
    description: 'Descripció',
    unit: 'Unitat',
    unitHint: 'p. ex. u., kg, h, m²',
    price: 'Preu unitari (sense IVA)',
    priceHint: 'p. ex. 12,50 o 1.234,50',
    vatRate: 'Tipus d’IVA (%)',
    vatHint: 'p. ex. 21 o 5,5',
    active: 'Actiu (es pot fer servir en documents nous)',
    badPrice: 'Escriviu un import, p. ex. 12,50',
    badVat: 'Escriviu un percentatge, p. ex. 21 o 5,5',
    deleteConfirm: 'Voleu suprimir {{name}}? Si ja s’ha fet servir, es desactiva.',
    deleted: 'S’ha suprimit el producte {{name}}.',
    deactivated: 'El producte {{name}} ja s’ha fet servir; s’ha desactivat en lloc de suprimir-lo.',
    created: 'S’ha creat el producte.'
  }
}

const hu: Strings<typeof en> = {
  products: {
    title: 'Termékek',
    count_one: '{{formatted}} termék',
    count_other: '{{formatted}} termék',
    searchLabel: 'Termékek keresése',
    searchPlaceholder: 'Cikkszám, név, leírás…',
    new: 'Új termék',
    newTitle: 'Új termék',
    listLabel: 'Terméklista',
    filterActive: 'Megjelenítés',
    col: {
      sku: 'Cikkszám',
      name: 'Név',
      unit: 'Egység',
      unitPriceCents: 'Egységár',
      vatRateBp: 'ÁFA',
      active: 'Aktív'
    }
  },
  product: {
    sku: 'Cikkszám',
    name: 'Név',
    description: 'Leírás',
    unit: 'Mértékegység',
    unitHint: 'pl. db, kg, óra, m²',
    price: 'Nettó egységár',
    priceHint: 'pl. 12,50 vagy 1.234,50',
    vatRate: 'ÁFA-kulcs (%)',
    vatHint: 'pl. 27 vagy 5',
    active: 'Aktív (új bizonylatokon használható)',
    badPrice: 'Adjon meg egy összeget, pl. 12,50',
    badVat: 'Adjon meg egy százalékot, pl. 27 vagy 5,5',
    deleteConfirm: 'Törli: {{name}}? Ha már használatban van, inaktiválja helyette.',
    deleted: 'A(z) {{name}} termék törölve.',
    deactivated: 'A(z) {{name}} termék már használatban van, ezért törlés helyett inaktiváltuk.',
    created: 'A termék létrejött.'
  }
}

const ru: Strings<typeof en> = {
  products: {
    title: 'Товары',
    count_one: '{{formatted}} товар',
    count_few: '{{formatted}} товара',
    count_many: '{{formatted}} товаров',
    count_other: '{{formatted}} товара',
    searchLabel: 'Поиск товаров',
    searchPlaceholder: 'Артикул, наименование, описание…',
    new: 'Новый товар',
    newTitle: 'Новый товар',
    listLabel: 'Список товаров',
    filterActive: 'Показать',
    col: {
      sku: 'Артикул',
      name: 'Наименование',
      unit: 'Ед. изм.',
      unitPriceCents: 'Цена за ед.',
      vatRateBp: 'НДС',
      active: 'Активен'
    }
  },
  product: {
    sku: 'Артикул',
    name: 'Наименование',
    description: 'Описание',
    unit: 'Единица измерения',
    unitHint: 'например шт., кг, ч, м²',
    price: 'Цена за единицу (без НДС)',
    priceHint: 'например 12,50 или 1 234,50',
    vatRate: 'Ставка НДС (%)',
    vatHint: 'например 20 или 10',
    active: 'Активен (можно использовать в новых документах)',
    badPrice: 'Введите сумму, например 12,50',
    badVat: 'Введите ставку в процентах, например 20 или 5,5',
    deleteConfirm: 'Удалить {{name}}? Если товар уже используется, он будет деактивирован.',
    deleted: 'Товар {{name}} удалён.',
    deactivated: 'Товар {{name}} уже используется, поэтому он деактивирован, а не удалён.',
    created: 'Товар создан.'
  }
}

export const productsStrings: Translations<typeof en> = { en, es, ca, hu, ru }
