/** Buyer-seller messages sent through the Messaging API, kept for /_sim/state inspection. */
import type { SentAttachment } from '../apis/messaging/attachments.js';

export interface SentMessage {
  sellerId: string;
  amazonOrderId: string;
  /** The messaging operation used, e.g. 'createConfirmDeliveryDetails'. */
  action: string;
  sentAt: string;
  body: unknown;
  /** The uploaded files the message attached (name, type, size, MD5; never the bytes). */
  attachments?: SentAttachment[];
}

class MessageLog {
  private messages: SentMessage[] = [];

  record(message: SentMessage): void {
    this.messages.push(message);
  }

  forOrder(sellerId: string, amazonOrderId: string): SentMessage[] {
    return this.messages.filter((m) => m.sellerId === sellerId && m.amazonOrderId === amazonOrderId);
  }

  all(): SentMessage[] {
    return this.messages;
  }

  countsByOrder(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const m of this.messages) counts[m.amazonOrderId] = (counts[m.amazonOrderId] ?? 0) + 1;
    return counts;
  }

  reset(): void {
    this.messages = [];
  }
}

export const messageLog = new MessageLog();
