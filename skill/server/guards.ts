/** The guards in front of a platform route, in order, as the configuration asks for them. */
import type { Clock } from '../../fulfillment/kit/clock';
import type { StateStore } from '../../fulfillment/state/state-store';
import type { Config } from '../config';
import type { PlatformUnit } from '../platform-unit';
import type { RequestGuard } from '../request-guard';
import { authenticatedOrCounted, customerRateLimit, ipRateLimit } from './rate-limit';
import { replayGuard } from './replay-guard';

/**
 * The platform's authentication first, with the requests it refuses counted per address apart
 * from everything else; then the address limit, replay protection and the customer limit, which
 * only authenticated requests may spend. Every counter is the route's own, in minutes of the
 * skill's clock.
 */
export function platformGuards(unit: PlatformUnit, config: Config, store: StateStore, clock: Clock): RequestGuard[] {
  return [
    authenticatedOrCounted(store, clock, unit.name, unit.authenticate, config.RATE_LIMIT_PER_IP),
    ipRateLimit(store, clock, unit.name, config.RATE_LIMIT_PER_IP),
    replayGuard(store, unit.name, unit.requestId),
    customerRateLimit(store, clock, unit.name, config.RATE_LIMIT_PER_CUSTOMER, unit.accessToken),
  ];
}
