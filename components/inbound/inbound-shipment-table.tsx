import { ListLink } from '@/components/ui/list-link';
import { Table, TableHead } from '@/components/ui/table';
import { statusLabel, transportStatusLabel } from '@/lib/inbound/types';

export interface InboundShipmentListRow {
  accountId: string;
  accountName: string;
  shipmentId: string;
  name: string | null;
  status: string | null;
  destination: string | null;
  units: number;
  received: number;
  boxes: number | null;
  pallets: number | null;
  transportStatus: string | null;
  shipmentType: 'SP' | 'LTL' | null;
}

export function InboundShipmentTable({ shipments }: { shipments: InboundShipmentListRow[] }) {
  return (
    <Table caption="Inbound shipments" variant="framed">
      <TableHead
        columns={['Shipment', 'Status', 'Destination', { label: 'Units', numeric: true }, { label: 'Boxes', numeric: true }, 'Transport', 'Account']}
      />
      <tbody>
        {shipments.map((s) => (
          <tr key={`${s.accountId}:${s.shipmentId}`}>
            <td>
              <ListLink className="font-medium text-blue-700 underline" href={`/inbound/${s.accountId}/${encodeURIComponent(s.shipmentId)}`}>
                {s.shipmentId}
              </ListLink>
              {s.name ? <p className="text-slate-600">{s.name}</p> : null}
            </td>
            <td>{statusLabel(s.status)}</td>
            <td>{s.destination ?? '—'}</td>
            <td className="text-right tabular-nums">
              {s.units}
              {s.received ? <span className="block text-xs text-slate-600">{s.received} received</span> : null}
            </td>
            <td className="text-right tabular-nums">
              {s.boxes ?? '—'}
              {s.pallets ? <span className="block text-xs text-slate-600">{s.pallets} pallets</span> : null}
            </td>
            <td>
              {s.transportStatus ? (
                <>
                  {s.shipmentType === 'LTL' ? 'LTL freight' : 'Small parcel'}: <span title={s.transportStatus}>{transportStatusLabel(s.transportStatus)}</span>
                </>
              ) : (
                'Not booked'
              )}
            </td>
            <td>{s.accountName}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
