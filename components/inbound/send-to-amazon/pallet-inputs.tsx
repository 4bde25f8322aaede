'use client';

import { useState } from 'react';

/** Pallets per shipment for LTL quotes, sent as the `shipments` JSON field. */
export function PalletInputs({ shipments }: { shipments: Array<{ shipmentId: string; name: string }> }) {
  const [pallets, setPallets] = useState<Record<string, string>>(() => Object.fromEntries(shipments.map((s) => [s.shipmentId, '1'])));
  return (
    <div className="space-y-2">
      <input
        type="hidden"
        name="shipments"
        value={JSON.stringify(shipments.map((s) => ({ shipmentId: s.shipmentId, pallets: pallets[s.shipmentId] || '0' })))}
      />
      {shipments.map((s) => (
        <label key={s.shipmentId} className="flex items-center gap-2 text-sm">
          <span className="w-64">Pallets for {s.name}</span>
          <input
            inputMode="numeric"
            value={pallets[s.shipmentId] ?? ''}
            onChange={(e) => setPallets((all) => ({ ...all, [s.shipmentId]: e.target.value }))}
            className="w-20 rounded-md border border-slate-300 px-2 py-1"
          />
        </label>
      ))}
    </div>
  );
}
