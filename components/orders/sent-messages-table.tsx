import { DateTime } from '@/components/ui/date-time';
import { Table, TableHead } from '@/components/ui/table';
import { messageKindFor, type SentMessage } from '@/lib/orders/types';

/** Every message sent to the buyer from the dashboard, failures included, newest first. */
export function SentMessagesTable({ messages }: { messages: SentMessage[] }) {
  if (!messages.length) return <p className="mt-2 text-sm text-slate-600">No message has been sent from the dashboard for this order.</p>;
  return (
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
            <td className="max-w-md whitespace-pre-wrap">
              {m.contentPurgedAt ? 'Removed 30 days after delivery (buyer data is not kept longer).' : contentText(m.content)}
            </td>
            <td>{m.result === 'ok' ? 'Sent' : `Failed: ${m.errorMessage ?? ''}`}</td>
            <td className="font-mono text-xs">{m.requestId ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </Table>
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
