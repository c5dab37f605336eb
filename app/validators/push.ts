import vine from '@vinejs/vine'

/**
 * A browser's PushSubscription as `subscription.toJSON()` gives it. The
 * endpoint must be an https URL of a push service (http only for a local
 * one in development and tests); the keys are base64url: p256dh a P-256
 * public key (65 bytes), auth 16 bytes.
 */
export const pushSubscriptionValidator = vine.create({
  endpoint: vine
    .string()
    .trim()
    .maxLength(1000)
    .url({ require_protocol: true, protocols: ['https', 'http'], require_tld: false }),
  keys: vine.object({
    p256dh: vine
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{86,88}={0,2}$/),
    auth: vine
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{22,24}={0,2}$/),
  }),
})

/** "Ausschalten": the endpoint of this device's subscription. */
export const pushEndpointValidator = vine.create({
  endpoint: vine.string().trim().maxLength(1000),
})
