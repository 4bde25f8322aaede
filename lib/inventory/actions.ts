'use server';

import { revalidatePath } from 'next/cache';
import { authorizedAction } from '@/lib/actions/authorized-action';
import { defaultThresholdInput, skuThresholdInput } from '@/lib/inventory/low-stock';
import { setDefaultThreshold, setSkuThreshold } from '@/lib/inventory/thresholds';

// The sidebar's low-stock badge is in the layout: refresh it with the page.
const refresh = () => revalidatePath('/', 'layout');

export const setSkuThresholdAction = authorizedAction(
  { name: 'inventory.set-low-stock-threshold', role: 'operator', input: skuThresholdInput },
  async (input, { user, db }) => {
    await setSkuThreshold(db, user.workspaceId, user.id, input.sellerSku, input.threshold);
    refresh();
    return {
      message: input.threshold === null ? `${input.sellerSku} uses the default threshold again.` : `${input.sellerSku}: low below ${input.threshold} units.`,
      target: input.sellerSku,
      detail: { threshold: input.threshold },
    };
  },
);

export const setDefaultThresholdAction = authorizedAction(
  { name: 'inventory.set-default-low-stock-threshold', role: 'operator', input: defaultThresholdInput },
  async (input, { user, db }) => {
    await setDefaultThreshold(db, user.workspaceId, user.id, input.threshold);
    refresh();
    return { message: `SKUs without their own threshold are low below ${input.threshold} units.`, target: 'default', detail: { threshold: input.threshold } };
  },
);
