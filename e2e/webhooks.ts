/** Where the browser tests' webhook receiver listens (global-setup starts it). */
export const webhookPort = Number(process.env.E2E_WEBHOOK_PORT ?? Number(process.env.E2E_PORT ?? 4010) + 17);

/** An address on it that answers 200, or 500 when `failing`. */
export const webhookUrl = (name: string, failing = false): string =>
  `http://127.0.0.1:${webhookPort}/${name}${failing ? '/failing' : ''}`;
