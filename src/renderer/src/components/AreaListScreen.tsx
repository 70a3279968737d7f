/**
 * The list page of an area whose words follow its string table's names (issue 9): the customer,
 * request and contract lists each wrote out the same six keys of their own table (title, count,
 * search label and placeholder, the grid's name, the "New …" button) and the same status filter.
 * Here they are read from the area's name, as MasterDataList does for the sales team and the products:
 *
 * - `${area}.title`, `${area}.count`: the heading and the count beside it;
 * - `${area}.searchLabel`, `${area}.searchPlaceholder`: the search box;
 * - `${area}.listLabel`: the grid's accessible name;
 * - `${area}.new`: the "New …" button, opening the empty record page `/${area}/new`;
 * - `${area}.filterStatus`, `${area}.status.<status>`: the status filter (StatusFilter).
 *
 * Everything else (the test ids' prefix, actions, filters, columns) is ListScreen's own props.
 */
import type { ComponentProps } from 'react'
import { useT } from '../i18n'
import { ChoiceFilter, ListScreen } from './ListScreen'

/** The areas whose list page and string table follow the names above. */
type ListArea = 'customers' | 'requests' | 'contracts'

type ListScreenProps<Row> = ComponentProps<typeof ListScreen<Row>>

type AreaListScreenProps<Row> = Omit<
  ListScreenProps<Row>,
  'title' | 'countKey' | 'search' | 'newRecord' | 'grid'
> & {
  area: ListArea
  grid: Omit<ListScreenProps<Row>['grid'], 'label'>
}

export function AreaListScreen<Row>({ area, grid, ...screen }: AreaListScreenProps<Row>) {
  const { t } = useT()
  return (
    <ListScreen
      {...screen}
      title={t(`${area}.title`)}
      countKey={`${area}.count`}
      newRecord={{ to: `/${area}/new`, label: t(`${area}.new`) }}
      search={{ label: t(`${area}.searchLabel`), placeholder: t(`${area}.searchPlaceholder`) }}
      grid={{ ...grid, label: t(`${area}.listLabel`) }}
    />
  )
}

/**
 * The list narrowed to one of the area's statuses (the address parameter `status`), or to all of
 * them; `first`: choices before the statuses (the requests' "Not closed"). The payments list names
 * its status filter and statuses the same way, though its page is the payments area's frame.
 */
export function StatusFilter({
  area,
  statuses,
  first
}: {
  area: ListArea | 'payments'
  statuses: readonly string[]
  first?: { value: string; label: string }[]
}) {
  const { t } = useT()
  return (
    <ChoiceFilter
      param="status"
      label={t(`${area}.filterStatus`)}
      withAll
      first={first}
      choices={statuses}
      choiceLabel={(status) => t(`${area}.status.${status}`)}
    />
  )
}
