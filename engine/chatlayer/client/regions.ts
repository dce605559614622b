// Chatlayer's API hosts per region (docs/chatlayer.md#the-v1-rest-api), or a custom base URL (proxies, the fake server).
import type { ChatlayerRegion } from '../../model';

export const REGION_BASE_URLS: Record<ChatlayerRegion, string> = {
  eu: 'https://api.chatlayer.ai',
  us: 'https://api.prod.us-east4.gcp.chatlayer.ai',
  asia: 'https://api.prod.asia-south1.gcp.chatlayer.ai',
};

export interface ChatlayerTarget {
  region?: ChatlayerRegion;
  baseUrl?: string;
}

/** The base URL (no trailing slash) and a label for messages ("region EU" or the custom host). */
export function resolveTarget(target: ChatlayerTarget): { baseUrl: string; label: string } {
  if (target.baseUrl) {
    const url = new URL(target.baseUrl);
    return { baseUrl: url.href.replace(/\/+$/, ''), label: url.host };
  }
  const region = target.region ?? 'eu';
  return { baseUrl: REGION_BASE_URLS[region], label: `region ${region.toUpperCase()}` };
}
