/** The guards in front of a platform route, in order, as the configuration asks for them. */
import type { StateStore } from '../../fulfillment/state/state-store';
import type { Config } from '../config';
import type { PlatformUnit } from '../platform-unit';
import type { RequestGuard } from '../request-guard';
import { customerRateLimit, ipRateLimit } from './rate-limit';
import { replayGuard } from './replay-guard';

/**
 * Address limit first (cheapest, shields the verifier), then the platform's authentication,
 * then replay protection and the customer limit, which only authenticated requests may spend.
 */
export function platformGuards(unit: PlatformUnit, config: Config, store: StateStore): RequestGuard[] {
  return [
    ipRateLimit(store, config.RATE_LIMIT_PER_IP),
    ...unit.authenticate,
    replayGuard(store, unit.name, unit.requestId),
    customerRateLimit(store, config.RATE_LIMIT_PER_CUSTOMER, unit.accessToken),
  ];
}
