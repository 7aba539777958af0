import { phraseSignal } from './phrase';

/** Networking for its own sake ("expand my network", "Netzwerk erweitern", "like-minded professionals"). */
export const networkGrowth = phraseSignal('network-growth', 'network-growth', 1, 'sigNetworkGrowth');
