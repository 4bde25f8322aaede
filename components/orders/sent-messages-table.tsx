import { DateTime } from '@/components/ui/date-time';
import { Table, TableHead } from '@/components/ui/table';
import { messageKindFor, type SentMessage } from '@/lib/orders/types';

const result = (m: SentMessage) => (m.result === 'ok' ? 'Sent' : `Failed: ${m.errorMessage ?? ''}`);
const content = (m: SentMessage) => (m.contentPurgedAt ? 'Removed 30 days after delivery (buyer data is not kept longer).' : contentText(m.content));

/** Every message sent to the buyer from the dashboard, failures included, newest first: a table on a laptop, cards on a phone or tablet. */
export function SentMessagesTable({ messages }: { messages: SentMessage[] }) {
  if (!messages.length) return <p className="mt-2 text-sm text-slate-600">No message has been sent from the dashboard for this order.</p>;
  return (
    <>
      <div className="hidden lg:block">
        <Table caption="Messages sent to the buyer" className="mt-3">
          <TableHead columns={['When', 'Type', 'By', 'Content', 'Result', 'Amazon request id']} />
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>
                  <DateTime value={m.sentAt} />
                </td>
                <td>{messageKindFor(m.action).label}</td>
                <td>{m.sentBy ?? '—'}</td>
                <td className="max-w-md whitespace-pre-wrap">{content(m)}</td>
                <td>{result(m)}</td>
                <td className="font-mono text-xs">{m.requestId ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <ul aria-label="Messages sent to the buyer" className="mt-3 divide-y divide-slate-100 text-sm lg:hidden">
        {messages.map((m) => (
          <li key={m.id} className="py-2 first:pt-0 last:pb-0">
            <p className="flex flex-wrap justify-between gap-x-3">
              <span className="font-medium">{messageKindFor(m.action).label}</span>
              <span className={m.result === 'ok' ? 'text-green-800' : 'font-medium text-red-800'}>{result(m)}</span>
            </p>
            <p className="text-xs text-slate-600">
              <DateTime value={m.sentAt} /> · {m.sentBy ?? '—'}
            </p>
            <p className="mt-1 break-words whitespace-pre-wrap">{content(m)}</p>
            <p className="mt-1 font-mono text-xs break-all text-slate-600">
              <span className="font-sans">Amazon request id:</span> {m.requestId ?? '—'}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The message as the buyer got it: its text (or its other fields), then the names of the files it attached. */
function contentText(content: Record<string, unknown>): string {
  const { text, attachments, ...fields } = content;
  const lines =
    typeof text === 'string'
      ? [text]
      : Object.entries(fields)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => `${k}: ${String(v)}`);
  const files = Array.isArray(attachments) ? attachments.map((a: { fileName?: unknown }) => `Attached: ${String(a.fileName ?? 'a file')}`) : [];
  return [...lines, ...files].join('\n');
}
