import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BuyerMessageForm } from '@/components/orders/buyer-message-form';
import { OrderSummary } from '@/components/orders/order-summary';
import { SentMessagesTable } from '@/components/orders/sent-messages-table';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { spApiForAccount } from '@/lib/accounts';
import { hasRole, requireUser } from '@/lib/auth';
import { messageKindFor } from '@/lib/orders/types';
import { messagesOf, messagingActionsFor, findOrder } from '@/lib/orders';
import { asUserFacing } from '@/lib/sp-api';

export const metadata: Metadata = { title: 'Buyer messages' };

export default async function OrderMessagesPage({ params }: { params: Promise<{ orderId: string }> }) {
  const user = await requireUser('viewer');
  const { orderId } = await params;
  const db = await getDb();
  const order = await findOrder(db, user.workspaceId, decodeURIComponent(orderId));
  if (!order) notFound();
  const canSend = hasRole(user.role, 'operator');
  const sent = await messagesOf(db, order);

  // What Amazon offers changes with the order's state: asked when an operator opens the page.
  let actions: string[] = [];
  let problem: string | null = null;
  if (canSend) {
    try {
      actions = await messagingActionsFor(await spApiForAccount(db, user.workspaceId, order.accountId), order);
    } catch (error) {
      const failure = asUserFacing(error);
      problem = failure instanceof Error && failure.name === 'UserFacingError' ? failure.message : 'Amazon could not be reached.';
    }
  }

  return (
    <>
      <PageHeader
        title={`Buyer messages for order ${order.amazonOrderId}`}
        description="Messages go to the buyer through Amazon's Buyer-Seller Messaging; Amazon decides which kinds an order allows."
      />
      <OrderSummary order={order} current="messages" />
      <div className="space-y-6">
        {canSend ? (
          <section aria-labelledby="offered-heading" className="space-y-4">
            <h2 id="offered-heading" className="text-lg font-semibold">
              Messages Amazon allows for this order
            </h2>
            {problem ? (
              <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                {problem}
              </p>
            ) : actions.length ? (
              actions.map((action) => <BuyerMessageForm key={action} orderId={order.amazonOrderId} action={action} kind={messageKindFor(action)} />)
            ) : (
              <p className="text-sm text-slate-600">Amazon offers no message for this order right now.</p>
            )}
          </section>
        ) : null}

        <section aria-labelledby="sent-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="sent-heading" className="font-semibold">
            Sent messages
          </h2>
          <SentMessagesTable messages={sent} />
        </section>
      </div>
    </>
  );
}
