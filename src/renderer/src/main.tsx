import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { createHashRouter, Navigate, RouterProvider } from 'react-router-dom'
import { ActivityPage } from './activity/ActivityPage'
import { queryClient } from './api/query'
import { loadRegion } from './components/use-region'
import { ContractList } from './contracts/ContractList'
import { ContractPage } from './contracts/ContractPage'
import { RenewalsPage } from './contracts/RenewalsPage'
import { CustomerList } from './customers/CustomerList'
import { CustomerPage } from './customers/CustomerPage'
import { DocumentList } from './documents/DocumentList'
import { DocumentPage } from './documents/DocumentPage'
import { ExecutiveList } from './executives/ExecutiveList'
import { ExecutivePage } from './executives/ExecutivePage'
import { adoptChosenLanguage, initI18n } from './i18n'
import { ImportPage } from './imports/ImportPage'
import { AgedList } from './payments/AgedList'
import { InvestigationList } from './payments/InvestigationList'
import { InvestigationPage } from './payments/InvestigationPage'
import { OverdueList } from './payments/OverdueList'
import { PaymentList } from './payments/PaymentList'
import { PaymentPage } from './payments/PaymentPage'
import { RemindersPage } from './payments/RemindersPage'
import { ProductList } from './products/ProductList'
import { ProductPage } from './products/ProductPage'
import { RequestList } from './requests/RequestList'
import { RequestPage } from './requests/RequestPage'
import { CallsPage } from './calls/CallsPage'
import { CampaignList } from './campaigns/CampaignList'
import { CampaignPage } from './campaigns/CampaignPage'
import { PlansPage } from './schedule/PlansPage'
import { VisitLog } from './schedule/VisitLog'
import { MeetingsPage, SchedulePage } from './schedule/SchedulePage'
import { SettingsPage } from './settings/SettingsPage'
import { AppShell } from './shell/AppShell'
import { ErrorBoundary, RouteError } from './shell/ErrorBoundary'
import { WeeklyPage } from './weekly/WeeklyPage'
import { NavQueuePage } from './nav/NavQueue'
import { OutboxPage } from './mail/OutboxPage'
import { FirstRunPage } from './setup/FirstRunPage'
import './styles/app.css'

const i18n = initI18n()

// A hash router: Electron loads the page from file://, where only the hash can change.
const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/customers" replace /> },
      {
        errorElement: <RouteError />,
        children: [
          { path: 'customers', element: <CustomerList /> },
          { path: 'customers/new', element: <CustomerPage /> },
          { path: 'customers/:id', element: <CustomerPage /> },
          { path: 'products', element: <ProductList /> },
          { path: 'products/new', element: <ProductPage /> },
          { path: 'products/:id', element: <ProductPage /> },
          { path: 'executives', element: <ExecutiveList /> },
          { path: 'executives/new', element: <ExecutivePage /> },
          { path: 'executives/:id', element: <ExecutivePage /> },
          { path: 'import', element: <ImportPage /> },
          ...(['estimates', 'orders', 'invoices'] as const).flatMap((area) => [
            { path: area, element: <DocumentList key={area} area={area} /> },
            { path: `${area}/new`, element: <DocumentPage key={`${area}-new`} area={area} /> },
            { path: `${area}/:id`, element: <DocumentPage key={area} area={area} /> }
          ]),
          { path: 'contracts', element: <ContractList /> },
          { path: 'contracts/new', element: <ContractPage /> },
          { path: 'contracts/renewals', element: <RenewalsPage /> },
          { path: 'contracts/:id', element: <ContractPage /> },
          { path: 'schedule', element: <SchedulePage /> },
          { path: 'schedule/plans', element: <PlansPage /> },
          { path: 'schedule/visits', element: <VisitLog /> },
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'payments', element: <PaymentList /> },
          { path: 'payments/overdue', element: <OverdueList /> },
          { path: 'payments/aged', element: <AgedList /> },
          { path: 'payments/investigations', element: <InvestigationList /> },
          { path: 'payments/investigations/:id', element: <InvestigationPage /> },
          { path: 'payments/reminders', element: <RemindersPage /> },
          { path: 'payments/:id', element: <PaymentPage /> },
          { path: 'requests', element: <RequestList /> },
          { path: 'requests/new', element: <RequestPage /> },
          { path: 'requests/:id', element: <RequestPage /> },
          { path: 'calls', element: <CallsPage /> },
          { path: 'campaigns', element: <CampaignList /> },
          { path: 'campaigns/new', element: <CampaignPage /> },
          { path: 'campaigns/:id', element: <CampaignPage /> },
          { path: 'activity', element: <ActivityPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: 'nav', element: <NavQueuePage /> },
          { path: 'outbox', element: <OutboxPage /> },
          { path: 'welcome', element: <FirstRunPage /> },
          { path: 'weekly', element: <WeeklyPage /> },
          { path: '*', element: <Navigate to="/customers" replace /> }
        ]
      }
    ]
  }
])

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// The region first: "today" on every form is the company's date (components/format.ts companyToday).
// loadRegion never fails: without the region, the computer's zone stands in. The language chosen in
// Settings too, for a browser without its own choice (adoptChosenLanguage never fails either).
void Promise.all([loadRegion(), adoptChosenLanguage()]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <I18nextProvider i18n={i18n}>
            <RouterProvider router={router} />
          </I18nextProvider>
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>
  )
})
