import { createTransport, type Transporter } from 'nodemailer';
import { signBody } from '../notifier.ts';
import {
  discordBody,
  emailContent,
  slackBody,
  teamsBody,
  telegramBody,
  webhookBody,
  type AlertMessage,
} from './messages.ts';
import type { AlertSettings, Channel } from './settings.ts';

/** Delivers one message to one channel; rejects with the reason when the receiver refuses it. */
export type Sender = (m: AlertMessage) => Promise<void>;

const TimeoutMs = 10_000;

/** POSTs JSON; a non-2xx answer is an error that quotes the receiver. */
async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const raw = JSON.stringify(body);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: raw,
    signal: AbortSignal.timeout(TimeoutMs),
  });
  const text = await res.text().catch(() => '');
  if (!res.ok) {
    throw new Error(`${new URL(url).host} answered ${res.status}: ${text.slice(0, 200)}`);
  }
  return text;
}

/** Mail transports, one per SMTP URL, shared by every email channel. */
export function createMailer(settings: Pick<AlertSettings, 'smtpUrl' | 'smtpFrom'>) {
  let transport: Transporter | null = null;
  return {
    async send(to: string[], m: AlertMessage): Promise<void> {
      if (!settings.smtpUrl) {
        throw new Error('SMTP_URL is not set, so email channels cannot send');
      }
      transport ??= createTransport(settings.smtpUrl);
      await transport.sendMail({ from: settings.smtpFrom, to, ...emailContent(m) });
    },
    close(): void {
      transport?.close();
    },
  };
}
export type Mailer = ReturnType<typeof createMailer>;

/** The sender of a channel, in the channel's own message format. */
export function senderFor(
  channel: Channel,
  settings: Pick<AlertSettings, 'telegramApiUrl'>,
  mailer: Mailer,
): Sender {
  switch (channel.kind) {
    case 'email':
      return (m) => mailer.send(channel.to, m);
    case 'telegram':
      return async (m) => {
        const url = `${settings.telegramApiUrl}/bot${channel.botToken}/sendMessage`;
        const answer = JSON.parse(await postJson(url, telegramBody(m, channel.chatId))) as {
          ok?: boolean;
          description?: string;
        };
        if (answer.ok !== true) {
          throw new Error(`telegram refused: ${answer.description ?? 'no reason given'}`);
        }
      };
    case 'slack':
      return async (m) => void (await postJson(channel.url, slackBody(m)));
    case 'teams':
      return async (m) => void (await postJson(channel.url, teamsBody(m)));
    case 'discord':
      return async (m) => void (await postJson(channel.url, discordBody(m)));
    case 'webhook':
      return async (m) => {
        const body = webhookBody(m);
        const raw = JSON.stringify(body);
        await postJson(channel.url, body, {
          'x-paritrana-event': m.type,
          'x-paritrana-delivery': encodeURIComponent(m.id),
          'x-paritrana-signature': signBody(channel.secret, raw),
        });
      };
  }
}
