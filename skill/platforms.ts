/**
 * The platforms the server serves, each one unit from its own folder. Adding a platform is
 * adding its folder and one line here.
 */
import type { Core } from '../fulfillment/core';
import type { Clock } from '../fulfillment/kit/clock';
import type { Logger } from '../fulfillment/kit/logger';
import { alexaPlatform, type VerificationOverrides } from './alexa/alexa.platform';
import type { Config, PlatformName } from './config';
import type { Linking } from './linking/linking';
import { dialogflowPlatform } from './dialogflow/dialogflow.platform';
import { dialogflowCxPlatform } from './dialogflow-cx/dialogflow-cx.platform';
import type { TokenVerifier } from './mcp/access';
import { mcpPlatform } from './mcp/mcp.platform';
import type { PlatformUnit } from './platform-unit';

/** What every platform unit may be built from. */
export interface PlatformSetup {
  readonly config: Config;
  readonly clock: Clock;
  readonly core: Core;
  readonly logger: Logger;
  /** Where Alexa certificates come from and which roots are trusted (tests make their own CA). */
  readonly verification?: VerificationOverrides;
  /** The linking server's resource check, for a unit that takes bearer tokens itself (MCP). */
  readonly linking?: Pick<Linking, 'verifyAccessToken' | 'issuer'>;
  /** How MCP bearer tokens are checked (the account-linking server's verifier). */
  readonly tokens?: TokenVerifier;
  /** The port the server listens on, for PUBLIC_URL's development default. */
  readonly port?: number;
}

/** How each platform's unit is built. */
const UNITS: Readonly<Record<PlatformName, (setup: PlatformSetup) => PlatformUnit>> = {
  alexa: alexaPlatform,
  dialogflow: dialogflowPlatform,
  'dialogflow-cx': dialogflowCxPlatform,
  mcp: mcpPlatform,
};

/** The units of the platforms this server serves (PLATFORMS), built. */
export function platformUnits(setup: PlatformSetup): readonly PlatformUnit[] {
  return setup.config.PLATFORMS.map((name) => UNITS[name](setup));
}
