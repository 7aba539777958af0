import { createClient, type Client } from '../../../messaging/client';
import { browser } from './content-browser';

/** The typed client over the content script's runtime (one per script). */
export const contentClient: Client = createClient((message) => browser.runtime.sendMessage(message));
