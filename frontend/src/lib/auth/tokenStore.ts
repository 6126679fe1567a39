export type Tokens = {
  accessToken: string;
  refreshToken: string;
  /** epoch millis when the access token expires (informational; the server decides). */
  expiresAt: number;
};

export type ClearReason = 'logout' | 'expired';

type Listener = () => void;

const STORAGE_KEY = 'dudao.auth';

function readStorage(storage: Storage | undefined): Tokens | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Tokens>;
    if (typeof parsed.accessToken !== 'string' || typeof parsed.refreshToken !== 'string') {
      return null;
    }
    return {
      accessToken: parsed.accessToken,
      refreshToken: parsed.refreshToken,
      expiresAt: typeof parsed.expiresAt === 'number' ? parsed.expiresAt : 0,
    };
  } catch {
    return null;
  }
}

/**
 * Tokens live in memory and in sessionStorage (per tab, gone when the tab closes), never in
 * localStorage or cookies readable by other tabs.
 */
export class TokenStore {
  private tokens: Tokens | null;
  private reason: ClearReason | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly storage: Storage | undefined;

  constructor(storage: Storage | undefined = globalThis.sessionStorage) {
    this.storage = storage;
    this.tokens = readStorage(storage);
  }

  get = (): Tokens | null => this.tokens;

  /** Why the tokens were last cleared (null while signed in or before any sign-in). */
  get clearReason(): ClearReason | null {
    return this.reason;
  }

  set(tokens: Tokens): void {
    this.tokens = tokens;
    this.reason = null;
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(tokens));
    } catch {
      // storage full or disabled: memory still works for this page's life
    }
    this.emit();
  }

  clear(reason: ClearReason): void {
    const had = this.tokens !== null;
    this.tokens = null;
    this.reason = reason;
    try {
      this.storage?.removeItem(STORAGE_KEY);
    } catch {
      // ignore
    }
    if (had) this.emit();
  }

  /** Forgets tokens and the clear reason without notifying (a fresh page; tests). */
  reset(): void {
    this.tokens = null;
    this.reason = null;
    try {
      this.storage?.removeItem(STORAGE_KEY);
    } catch {
      // ignore
    }
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}

export function tokensFromResponse(body: {
  accessToken?: string;
  refreshToken?: string;
  expiresIn?: number;
}): Tokens {
  if (!body.accessToken || !body.refreshToken) {
    throw new Error('token response without tokens');
  }
  return {
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
    expiresAt: Date.now() + (body.expiresIn ?? 900) * 1000,
  };
}

export const tokenStore = new TokenStore();
