import Link from 'next/link';
import { Table, TableHead } from '@/components/ui/table';

/** One order's (or one file line's) result in a bulk run. */
export interface BulkResultRow {
  key: string | number;
  /** The line of the seller's file, when the run came from one. */
  line?: number;
  orderId: string;
  /** "Created", "Already confirmed", "Failed", ... */
  result: string;
  failed: boolean;
  message: string;
}

/** The results of a bulk run, failures first (what the seller has to act on), each order linked to its page. */
export function BulkResultsTable({ caption, rows }: { caption: string; rows: readonly BulkResultRow[] }) {
  if (!rows.length) return null;
  const byFile = rows.some((r) => r.line !== undefined);
  const listed = [...rows.filter((r) => r.failed), ...rows.filter((r) => !r.failed)];
  return (
    <Table caption={caption} variant="framed">
      <TableHead columns={byFile ? ['Line', 'Order', 'Result', 'Details'] : ['Order', 'Result', 'Details']} />
      <tbody>
        {listed.map((r) => (
          <tr key={r.key}>
            {byFile ? <td>{r.line}</td> : null}
            <td>
              <Link href={`/orders/${encodeURIComponent(r.orderId)}`} prefetch={false} className="font-medium whitespace-nowrap text-blue-700 underline">
                {r.orderId}
              </Link>
            </td>
            <td className={r.failed ? 'font-medium text-red-800' : ''}>{r.result}</td>
            <td>{r.message}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
