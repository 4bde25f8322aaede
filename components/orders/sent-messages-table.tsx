import { formatDateTime } from '@/lib/format';
import { messageKindFor } from '@/lib/orders/messaging/message-forms';
import type { SentMessage } from '@/lib/orders/messaging/service';

/** Every message sent to the buyer from the dashboard, failures included, newest first. */
export function SentMessagesTable({ messages }: { messages: SentMessage[] }) {
  if (!messages.length) return <p className="mt-2 text-sm text-slate-600">No message has been sent from the dashboard for this order.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="mt-3 w-full text-left text-sm">
        <caption className="sr-only">Messages sent to the buyer</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <th scope="col" className="py-1 pr-3 font-medium">When</th>
            <th scope="col" className="py-1 pr-3 font-medium">Type</th>
            <th scope="col" className="py-1 pr-3 font-medium">By</th>
            <th scope="col" className="py-1 pr-3 font-medium">Content</th>
            <th scope="col" className="py-1 pr-3 font-medium">Result</th>
            <th scope="col" className="py-1 pr-3 font-medium">Amazon request id</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((m) => (
            <tr key={m.id} className="border-b border-slate-100 align-top">
              <td className="py-1 pr-3">{formatDateTime(m.sentAt)}</td>
              <td className="py-1 pr-3">{messageKindFor(m.action).label}</td>
              <td className="py-1 pr-3">{m.sentBy ?? '—'}</td>
              <td className="max-w-md whitespace-pre-wrap py-1 pr-3">
                {typeof m.content.text === 'string' ? m.content.text : Object.entries(m.content).map(([k, v]) => `${k}: ${String(v)}`).join('\n')}
              </td>
              <td className="py-1 pr-3">{m.result === 'ok' ? 'Sent' : `Failed: ${m.errorMessage ?? ''}`}</td>
              <td className="py-1 pr-3 font-mono text-xs">{m.requestId ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
