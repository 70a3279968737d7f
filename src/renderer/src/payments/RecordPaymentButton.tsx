/**
 * The "record a payment" button and the dialog it opens, as the payments area, a customer's account
 * and an invoice's page show them. The dialog closes once the payment is recorded; the reads it
 * invalidates (payments, documents) bring the page's figures and lists up to date by themselves.
 */
import { useState } from 'react'
import { RecordPaymentDialog, type PaidDocument } from './RecordPaymentDialog'

export function RecordPaymentButton({
  customer,
  document,
  label,
  primary = false,
  testId,
  onRecorded
}: {
  /** The customer who paid, when the page is about one; null lets the user pick them. */
  customer: { id: number; name: string } | null
  /** On an invoice's page: the payment pays that invoice, for what it still owes. */
  document?: PaidDocument
  label: string
  /** The page's main action (the payments area, a customer's account). */
  primary?: boolean
  testId: string
  /** What the page does next with the payment just recorded (open it, or offer to). */
  onRecorded?: (paymentId: number) => void
}) {
  const [recording, setRecording] = useState(false)
  /** The dialog closes first: the page may go on to the payment's own page. */
  function recorded(paymentId: number) {
    setRecording(false)
    onRecorded?.(paymentId)
  }
  return (
    <>
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        onClick={() => setRecording(true)}
        data-testid={testId}
      >
        {label}
      </button>
      {recording && (
        <RecordPaymentDialog
          customer={customer}
          document={document}
          onClose={() => setRecording(false)}
          onRecorded={recorded}
        />
      )}
    </>
  )
}
