/** The voice channel's transfer policy: limits, extra checks and step-up, set by configuration. */

/** How a confirmed transfer is authorised beyond "yes". */
export type StepUp = 'none' | 'pin' | 'app' | 'pin-and-app';

/**
 * The policy. Amounts are decimal strings in the source account's currency, so one setting
 * serves dollars, pounds and euros alike.
 */
export interface TransferPolicy {
  readonly stepUp: StepUp;
  /** The most one voice transfer may move. */
  readonly perTransferMax: string;
  /** The most all voice transfers of one customer may move in a UTC day. */
  readonly dailyMax: string;
  /** How many voice transfers one customer may make in an hour. */
  readonly perHourMax: number;
  /** Amounts above this get an extra "are you sure" before the read-back. */
  readonly confirmAbove: string;
  /** How long a transfer being prepared waits for the customer, in seconds. */
  readonly pendingTtlSeconds: number;
}

/** The defaults: a PIN, $/£/€1,000 a transfer, 2,000 a day, 5 an hour, extra check above 500. */
export const DEFAULT_TRANSFER_POLICY: TransferPolicy = {
  stepUp: 'pin',
  perTransferMax: '1000.00',
  dailyMax: '2000.00',
  perHourMax: 5,
  confirmAbove: '500.00',
  pendingTtlSeconds: 300,
};

/** Whether a policy asks for the voice PIN. */
export const needsPin = (p: TransferPolicy) => p.stepUp === 'pin' || p.stepUp === 'pin-and-app';

/** Whether a policy asks for approval in the bank's app. */
export const needsApp = (p: TransferPolicy) => p.stepUp === 'app' || p.stepUp === 'pin-and-app';

/**
 * The policy for a conversation an AI assistant relays: the same limits, and approval in the
 * bank's app whatever the voice channel asks, since an assistant never receives or relays a PIN.
 */
export const assistantPolicy = (p: TransferPolicy): TransferPolicy => ({ ...p, stepUp: 'app' });
