import { DateTime } from '@/components/ui/date-time';
import { formatDate } from '@/lib/format';
import { Table, TableHead } from '@/components/ui/table';
import { messageKindFor, type SentMessage } from '@/lib/orders/types';

const result = (m: SentMessage) => (m.result === 'ok' ? 'Sent' : `Failed: ${m.errorMessage ?? ''}`);
const content = (m: SentMessage) => (m.contentPurgedAt ? 'Removed 30 days after delivery (buyer data is not kept longer).' : contentText(m.content));

/** Every message sent to the buyer from the dashboard, failures included, newest first: a table on a laptop, its rows cards on a phone or tablet. */
export function SentMessagesTable({ messages }: { messages: SentMessage[] }) {
  if (!messages.length) return <p className="mt-2 text-sm text-slate-600">No message has been sent from the dashboard for this order.</p>;
  return (
    <Table caption="Messages sent to the buyer" variant="compactCards" className="mt-3">
      <TableHead columns={['When', 'Type', 'By', 'Content', 'Result', 'Amazon request id']} />
      <tbody>
        {/* On a card: the type with its result on the right, when and by whom, then the content and the request id across. */}
        {messages.map((m) => (
          <tr key={m.id} className="max-lg:grid-cols-2">
            <td data-label="When">
              <DateTime value={m.sentAt} />
            </td>
            <td className="max-lg:col-start-1 max-lg:row-start-1 max-lg:font-medium">{messageKindFor(m.action).label}</td>
            <td data-label="By">{m.sentBy ?? '—'}</td>
            <td className="break-words whitespace-pre-wrap max-lg:col-span-2 lg:max-w-md">{content(m)}</td>
            <td className={`max-lg:col-start-2 max-lg:row-start-1 max-lg:text-right ${m.result === 'ok' ? 'text-green-800' : 'font-medium text-red-800'}`}>
              {result(m)}
            </td>
            <td data-label="Amazon request id" className="font-mono text-xs break-all max-lg:col-span-2">
              {m.requestId ?? '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** A warranty's fields (messageBodyFor) in words; its dates as the days the seller chose. */
const FIELD_WORDS: Record<string, string> = { coverageStartDate: 'Coverage starts', coverageEndDate: 'Coverage ends' };
const fieldValue = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? formatDate(v.slice(0, 10)) : String(v));

/** The message as the buyer got it: its text (or its other fields), then the names of the files it attached. */
function contentText(content: Record<string, unknown>): string {
  const { text, attachments, ...fields } = content;
  const lines =
    typeof text === 'string'
      ? [text]
      : Object.entries(fields)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => `${FIELD_WORDS[k] ?? k}: ${fieldValue(v)}`);
  const files = Array.isArray(attachments) ? attachments.map((a: { fileName?: unknown }) => `Attached: ${String(a.fileName ?? 'a file')}`) : [];
  return [...lines, ...files].join('\n');
}
